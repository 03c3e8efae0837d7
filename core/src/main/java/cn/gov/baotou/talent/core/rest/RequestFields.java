package cn.gov.baotou.talent.core.rest;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the fields of a JSON request one by one, collecting a field error for each missing or malformed one instead
 * of stopping at the first, so that a 400 names every bad field at once. Nested objects keep the path
 * ({@code enterprise.industry}).
 */
public final class RequestFields {

    private final JsonObject json;
    private final String prefix;
    private final List<FieldError> errors;

    public RequestFields(JsonObject json) {
        this(json == null ? JsonValue.EMPTY_JSON_OBJECT : json, "", new ArrayList<>());
    }

    private RequestFields(JsonObject json, String prefix, List<FieldError> errors) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
    }

    public RequestFields object(String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            error(name, "request.required");
            return new RequestFields(JsonValue.EMPTY_JSON_OBJECT, prefix + name + ".", errors);
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            error(name, "request.object");
            return new RequestFields(JsonValue.EMPTY_JSON_OBJECT, prefix + name + ".", errors);
        }
        return new RequestFields(v.asJsonObject(), prefix + name + ".", errors);
    }

    public String text(String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            error(name, "request.required");
            return null;
        }
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        error(name, "request.text");
        return null;
    }

    public LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return DayText.parse(s);
        } catch (DateTimeParseException e) {
            error(name, "request.date", s);
            return null;
        }
    }

    public Boolean bool(String name) {
        JsonValue v = json.get(name);
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        error(name, v == null || v.getValueType() == JsonValue.ValueType.NULL ? "request.required" : "request.boolean");
        return null;
    }

    /** A yuan amount as a string (or number) of at most two decimals, not negative. */
    public Yuan yuan(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return Yuan.parse(prefix + name, s);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public Integer integer(String name, int min) {
        return integer(name, min, Integer.MAX_VALUE);
    }

    /** A whole number within [min, max]; one past an {@code int} is refused, never wrapped round into range. */
    public Integer integer(String name, int min, int max) {
        JsonValue v = json.get(name);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            BigInteger i = n.bigIntegerValue();
            if (i.compareTo(BigInteger.valueOf(min)) >= 0 && i.compareTo(BigInteger.valueOf(max)) <= 0) {
                return i.intValue();
            }
            if (max == Integer.MAX_VALUE) {
                error(name, "request.integer.min", min);
            } else {
                error(name, "request.integer.range", String.valueOf(min), String.valueOf(max));
            }
            return null;
        }
        error(
                name,
                v == null || v.getValueType() == JsonValue.ValueType.NULL ? "request.required" : "request.integer",
                min);
        return null;
    }

    public <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            error(
                    name,
                    "request.oneOf",
                    s,
                    String.join(
                            "|",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
            return null;
        }
    }

    /**
     * A field read as the text a form would have typed (a string, or a number as written; anything else reads as
     * absent), for boundaries that check API calls and page forms with the same rules.
     */
    public static String typed(JsonObject json, String name) {
        JsonValue v = json == null ? null : json.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    public JsonObject raw() {
        return json;
    }

    public void error(String name, String messageKey, Object... arguments) {
        errors.add(new FieldError(prefix + name, Messages.CORE, messageKey, List.of(arguments)));
    }

    /** Refuses the request, naming every bad field, if any field was bad. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
