package cn.gov.baotou.talent.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the OpenAPI document, sent bodies that are JSON but not an object, malformed, or nested
 * 5,000 deep, as the city office (who may call them all): each is refused with a 4xx problem+json, never a 5xx (285
 * of such requests answered 500 before; issue 15 item 5). Only operations that declare a request body are sent: one
 * without (a notice sent, an account disabled) would do its work whatever the body, on a platform other tests read;
 * nor the account operations, which act on the caller's own account here (id 1 is the city office's).
 */
class BadBodiesIT {

    private static final Pattern PATH = Pattern.compile("^  '?(/api/.+?)'?:\\s*$");
    private static final Pattern WRITE = Pattern.compile("^    (post|put|patch):\\s*$");
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("an array", "[]");
        BODIES.put("a string", "\"x\"");
        BODIES.put("a number", "1");
        BODIES.put("null", "null");
        BODIES.put("malformed", "{\"a\":");
        BODIES.put("5,000 deep", "[".repeat(5000) + "]".repeat(5000));
    }

    private final RunningPlatform platform = RunningPlatform.shared();

    @Test
    void noWriteAnswersA5xxToABodyThatIsNotAnObject() {
        Api city = Api.as(platform, "city");
        List<String[]> writes = writes(Api.anonymous(platform).get("/openapi").body());
        assertThat(writes).hasSizeGreaterThan(60);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String[] write : writes) {
            String path = write[1].replaceAll("\\{kind}", "REVENUE").replaceAll("\\{[^}]+}", "1");
            for (Map.Entry<String, String> body : BODIES.entrySet()) {
                HttpResponse<String> answer =
                        write[0].equals("put") ? city.put(path, body.getValue()) : city.post(path, body.getValue());
                sent++;
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (answer.statusCode() >= 500
                        || answer.statusCode() < 400
                        || !type.startsWith("application/problem+json")) {
                    wrong.add(
                            write[0] + " " + path + " with " + body.getKey() + ": " + answer.statusCode() + " " + type);
                }
            }
        }
        System.out.println("BadBodiesIT: " + sent + " requests over " + writes.size() + " write operations");
        assertThat(wrong).isEmpty();
    }

    /** The write operations that take a body, method and path, read from the YAML OpenAPI document. */
    private static List<String[]> writes(String openapi) {
        List<String[]> writes = new ArrayList<>();
        String path = null;
        String method = null;
        for (String line : openapi.split("\n")) {
            Matcher p = PATH.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                method = null;
                continue;
            }
            Matcher w = WRITE.matcher(line);
            if (w.matches()) {
                method = w.group(1);
            } else if (line.startsWith("    ") && !line.startsWith("     ")) {
                method = null;
            } else if (method != null
                    && path != null
                    && line.equals("      requestBody:")
                    && !path.startsWith("/api/v1/accounts")) {
                writes.add(new String[] {method, path});
            }
        }
        return writes;
    }
}
