package cn.gov.baotou.talent.rareearth.rest;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads typed form fields (pages and API alike) one by one, collecting an error for each missing or malformed one that is required (or
 * given), so that a refusal names every bad field at once with core's texts.
 */
public final class TypedFields {

    private final Set<String> required;
    private final List<FieldError> errors = new ArrayList<>();

    public TypedFields(Set<String> required) {
        this.required = required;
    }

    public String text(String field, String value, int max) {
        String v = blank(value);
        if (v == null) {
            missing(field);
        } else if (v.length() > max) {
            errors.add(FieldError.of(field, "request.tooLong", max));
            return null;
        }
        return v;
    }

    public Yuan money(String field, String value) {
        String v = blank(value);
        if (v == null) {
            missing(field);
            return null;
        }
        try {
            return Yuan.parse(field, v);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public LocalDate date(String field, String value) {
        String v = blank(value);
        if (v == null) {
            missing(field);
            return null;
        }
        try {
            return DayText.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "request.date", v));
            return null;
        }
    }

    public Integer integer(String field, String value, int min) {
        String v = blank(value);
        if (v == null) {
            missing(field);
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min) {
                return i;
            }
            errors.add(FieldError.of(field, "request.integer.min", min));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "request.integer", min));
        }
        return null;
    }

    public String oneOf(String field, String value, List<String> allowed) {
        String v = text(field, value, 40);
        if (v != null && !allowed.contains(v)) {
            errors.add(FieldError.of(field, "request.oneOf", v, String.join("|", allowed)));
            return null;
        }
        return v;
    }

    public void add(FieldError e) {
        errors.add(e);
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void missing(String field) {
        if (required.contains(field)) {
            errors.add(FieldError.of(field, "request.required"));
        }
    }

    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
