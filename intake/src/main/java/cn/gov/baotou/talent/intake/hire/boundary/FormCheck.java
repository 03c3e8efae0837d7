package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every refused field of a form, in intake's bundle, so that one answer names them all. */
final class FormCheck {

    private final List<FieldError> errors = new ArrayList<>();

    FormCheck error(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, IntakeEligibility.BUNDLE, key, List.of(arguments)));
        return this;
    }

    FormCheck add(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** Required text of at most {@code max} characters; answers it stripped, or null when refused. */
    String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            error(field, "form.required");
            return null;
        }
        if (value.strip().length() > max) {
            error(field, "form.tooLong", max);
            return null;
        }
        return value.strip();
    }

    /** Optional text of at most {@code max} characters; null when blank. */
    String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, max);
    }

    <T> T required(T value, String field) {
        if (value == null) {
            error(field, "form.required");
        }
        return value;
    }

    /** A required day that has come (not after {@code today}). */
    LocalDate past(LocalDate value, String field, LocalDate today) {
        if (required(value, field) != null && value.isAfter(today)) {
            error(field, "form.date.future", value.toString());
        }
        return value;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Every refused field so far, in the order found. */
    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void orRefuse() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
