package cn.gov.baotou.talent.servicesplan.flow.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a caller typed into a form or sent as JSON, read field by field as text: every missing or malformed field is
 * collected under its own name so that one refusal names them all, and the page shows each next to its field.
 */
public final class FormInput {

    private final List<FieldError> errors = new ArrayList<>();

    public String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                errors.add(FieldError.of(field, "request.required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(FieldError.of(field, "request.tooLong", max));
            return null;
        }
        return v;
    }

    public Integer integer(String field, String value, int min, int max) {
        String v = text(field, value, 12, true);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.of(field, "request.integer.min", min));
        return null;
    }

    public Long id(String field, String value, boolean required) {
        String v = text(field, value, 19, required);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "request.integer", 1));
            return null;
        }
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        String v = text(field, value, 40, true);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            String choices = String.join(
                    "|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(FieldError.of(field, "request.oneOf", v, choices));
            return null;
        }
    }

    public Yuan yuan(String field, String value) {
        try {
            return Yuan.parse(field, value);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** A date, or {@code otherwise} when none is given. */
    public LocalDate date(String field, String value, LocalDate otherwise) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (otherwise == null) {
                errors.add(FieldError.of(field, "request.required"));
            }
            return otherwise;
        }
        try {
            return DayText.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "request.date", v));
            return null;
        }
    }

    public void add(FieldError error) {
        errors.add(error);
    }

    public void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Refuses the input, naming every bad field, if any field was bad. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
