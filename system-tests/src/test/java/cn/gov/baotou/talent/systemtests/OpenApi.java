package cn.gov.baotou.talent.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;

/**
 * The operations of the platform's OpenAPI document ({@code /openapi}), as the generated suites walk them: each with
 * its method, its path with every parameter filled with a value of the right kind, how its body is sent, and the
 * fields its body schema names.
 */
final class OpenApi {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    /** A value of the right kind for each path parameter that is not a number; ids are filled by the caller. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("action", "submit"),
            Map.entry("kind", "MEDICAL_CARE"),
            Map.entry("type", "hire"),
            Map.entry("year", "2026"),
            Map.entry("clauseId", "intake.1"),
            Map.entry("key", "intake.subsidy.doctor"),
            Map.entry("format", ".pdf"),
            Map.entry("report", "targets"),
            Map.entry("windowStart", "2026-03-01"),
            Map.entry("measure", "2"),
            Map.entry("number", "2"),
            Map.entry("ticket", "00000000-0000-0000-0000-000000000000"),
            Map.entry("username", "city"));

    /**
     * One operation. {@code body} is {@code json}, {@code multipart} or {@code none}; Payara documents a multipart
     * body as of any type (star slash star).
     */
    record Operation(String method, String template, String body, List<String> fields) {

        boolean writes() {
            return !method.equals("GET");
        }

        boolean takesIds() {
            return PARAMETER.matcher(template).results().anyMatch(m -> !VALUES.containsKey(m.group(1)));
        }

        /** The path with every id {@code id} and every other parameter a value of its kind. */
        String path(long id) {
            if (template.startsWith("/api/v1/reports/{report")) {
                return "/api/v1/reports/targets.pdf";
            }
            Matcher m = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        path, Matcher.quoteReplacement(VALUES.getOrDefault(m.group(1), String.valueOf(id))));
            }
            m.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private OpenApi() {}

    @SuppressWarnings("unchecked")
    static List<Operation> operations(RunningPlatform platform) {
        Map<String, Object> document =
                new Json().toType(Api.anonymous(platform).getJson("/openapi").body(), Json.MAP_TYPE);
        Map<String, Object> schemas = (Map<String, Object>)
                ((Map<String, Object>) document.getOrDefault("components", Map.of())).getOrDefault("schemas", Map.of());
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) -> {
            ((Map<String, Object>) item).forEach((method, o) -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    Map<String, Object> op = (Map<String, Object>) o;
                    Map<String, Object> content = (Map<String, Object>)
                            ((Map<String, Object>) op.getOrDefault("requestBody", Map.of())).get("content");
                    String body = content == null
                            ? "none"
                            : content.keySet().stream().anyMatch(t -> t.startsWith("multipart/") || t.equals("*/*"))
                                    ? "multipart"
                                    : "json";
                    operations.add(new Operation(method.toUpperCase(), path, body, fields(content, schemas)));
                }
            });
        });
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> content, Map<String, Object> schemas) {
        if (content == null) {
            return List.of();
        }
        for (Object media : content.values()) {
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) media).get("schema");
            if (schema != null && schema.get("$ref") instanceof String ref) {
                schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (schema != null && schema.get("properties") instanceof Map<?, ?> properties) {
                return new ArrayList<>(((Map<String, Object>) properties).keySet());
            }
        }
        return List.of();
    }

    /** The operations by method and template, for a message naming them. */
    static Map<String, Operation> byName(List<Operation> operations) {
        Map<String, Operation> named = new LinkedHashMap<>();
        operations.forEach(o -> named.put(o.toString(), o));
        return named;
    }
}
