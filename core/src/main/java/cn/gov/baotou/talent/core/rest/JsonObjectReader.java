package cn.gov.baotou.talent.core.rest;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Reads a request body declared as a JSON object. A body that is JSON but not an object (an array, a string, null) or
 * is nested deeper than any request of the platform is refused as a 400 naming the body: the container's own reader
 * handed such a value to the resource method and the call ended in a 500. An empty body reads as an empty object, so
 * that the fields' own checks name each required field.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(1)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    /** No request of the platform nests deeper than a few levels; the parser's own limit (1,000) answered a 500. */
    static final int MAX_DEPTH = 32;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        byte[] body = entity.readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (depth(body) > MAX_DEPTH) {
            throw new InvalidInput("body", "request.body.tooDeep", MAX_DEPTH);
        }
        JsonValue value;
        try (JsonParser parser =
                Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                // more after the value: two values, or a value and garbage
                throw new InvalidInput("body", "request.body.json", null);
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidInput("body", "request.body.json", null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput(
                    "body", "request.body.object", value.getValueType().name().toLowerCase());
        }
        return value.asJsonObject();
    }

    /** The deepest nesting of brackets outside strings: counted before parsing, so a hostile body costs one pass. */
    static int depth(byte[] body) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : body) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
