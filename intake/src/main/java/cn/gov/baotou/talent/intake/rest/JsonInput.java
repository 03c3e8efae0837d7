package cn.gov.baotou.talent.intake.rest;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.rest.RequestFields;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;

/**
 * A JSON body read leniently: a missing or null field is null, for the boundary's own form check to name as required
 * together with every other refused field; a field that is there but malformed (a bad date, an unknown code) is
 * refused here, by name, through core's {@link RequestFields}.
 */
public final class JsonInput {

    private final JsonObject json;
    private final RequestFields fields;

    public JsonInput(JsonObject body) {
        this.json = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        this.fields = new RequestFields(json);
    }

    private boolean present(String name) {
        JsonValue v = json.get(name);
        return v != null && v.getValueType() != JsonValue.ValueType.NULL;
    }

    public String text(String name) {
        if (!present(name)) {
            return null;
        }
        JsonValue v = json.get(name);
        return v.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : fields.text(name);
    }

    public LocalDate date(String name) {
        return present(name) ? fields.date(name) : null;
    }

    public Boolean bool(String name) {
        return present(name) ? fields.bool(name) : null;
    }

    public Yuan yuan(String name) {
        return present(name) ? fields.yuan(name) : null;
    }

    public <E extends Enum<E>> E oneOf(String name, Class<E> type) {
        return present(name) ? fields.oneOf(name, type) : null;
    }

    /** A record id: a whole number, given as a number or as text. */
    public Long id(String name) {
        if (!present(name)) {
            return null;
        }
        JsonValue v = json.get(name);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        try {
            return Long.valueOf(fields.text(name));
        } catch (NumberFormatException e) {
            fields.error(name, "request.integer");
            return null;
        }
    }

    /** A code given as a query parameter: null when blank, refused by name when unknown. */
    public static <E extends Enum<E>> E choice(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        JsonInput in = new JsonInput(
                Json.createObjectBuilder().add(name, value.strip()).build());
        E e = in.oneOf(name, type);
        in.check();
        return e;
    }

    /** Refuses the request, naming every malformed field, if any was. */
    public void check() {
        fields.check();
    }
}
