package cn.gov.baotou.talent.servicesplan.flow.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body read leniently as the text a form would hold ({@code 2024} and {@code "2024"} alike), so that
 * the façades check API calls and page forms with the same rules and messages.
 */
public record JsonFields(JsonObject json) {

    public static JsonFields of(JsonObject json) {
        return new JsonFields(json == null ? JsonValue.EMPTY_JSON_OBJECT : json);
    }

    /** The field as text; null when missing or null. */
    public String text(String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return v.toString();
    }

    /** The objects of an array field; none when missing or not an array. */
    public List<JsonFields> objects(String name) {
        List<JsonFields> out = new ArrayList<>();
        JsonValue v = json.get(name);
        if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : v.asJsonArray()) {
                out.add(of(item.getValueType() == JsonValue.ValueType.OBJECT ? item.asJsonObject() : null));
            }
        }
        return out;
    }

    /** The whole numbers of an array field; none when missing, others skipped. */
    public List<Long> ids(String name) {
        List<Long> out = new ArrayList<>();
        JsonValue v = json.get(name);
        if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : v.asJsonArray()) {
                if (item instanceof JsonNumber n && n.isIntegral()) {
                    out.add(n.longValue());
                } else if (item instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
                    out.add(Long.valueOf(s.getString().strip()));
                }
            }
        }
        return out;
    }
}
