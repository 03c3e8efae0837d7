package cn.gov.baotou.talent.rareearth.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** A JSON field read as the text a form would have typed, so that the API and the pages share one set of checks. */
public final class JsonText {

    private JsonText() {}

    /** A string, or a number as written; anything else (absent, null, an object) reads as absent. */
    public static String text(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }
}
