package cn.gov.baotou.talent.core.setup.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seeds module's data files (JSON and headed CSV, UTF-8) from the class path. */
public final class SeedFiles {

    private final ClassLoader classLoader;

    public SeedFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public record PolicyRow(
            String id,
            String documentNumber,
            String title,
            String titleEn,
            String shortTitle,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            int ordinal) {}

    public record ClauseRow(
            String id,
            String policyId,
            String parentId,
            int ordinal,
            String number,
            String heading,
            String text,
            String textEn,
            List<String> leadUnits,
            List<String> responsibleUnits) {}

    /** A 解释口径 the platform ships: the reading it takes where the text leaves one open, until the city office's own. */
    public record InterpretationRow(String clauseId, LocalDate issuedOn, String documentNumber, String text) {}

    /** The interpretations the platform ships ({@code seeds/policy/interpretations.json}), none without the file. */
    public List<InterpretationRow> interpretations() {
        String path = "seeds/policy/interpretations.json";
        if (!exists(path)) {
            return List.of();
        }
        List<InterpretationRow> rows = new ArrayList<>();
        for (JsonValue v : jsonArray(path)) {
            JsonObject o = v.asJsonObject();
            rows.add(new InterpretationRow(
                    o.getString("clauseId"),
                    LocalDate.parse(o.getString("issuedOn")),
                    o.isNull("documentNumber") ? null : o.getString("documentNumber"),
                    o.getString("text")));
        }
        return rows;
    }

    public List<PolicyRow> policies() {
        List<PolicyRow> rows = new ArrayList<>();
        for (JsonValue v : jsonArray("seeds/policy/policies.json")) {
            JsonObject o = v.asJsonObject();
            rows.add(new PolicyRow(
                    o.getString("id"),
                    o.getString("documentNumber"),
                    o.getString("title"),
                    o.getString("titleEn", o.getString("title")),
                    o.getString("shortTitle"),
                    LocalDate.parse(o.getString("issuedOn")),
                    LocalDate.parse(o.getString("validFrom")),
                    o.isNull("validTo") ? null : LocalDate.parse(o.getString("validTo")),
                    o.getInt("ordinal")));
        }
        return rows;
    }

    public List<ClauseRow> clauses() {
        List<ClauseRow> rows = new ArrayList<>();
        for (JsonValue v : jsonArray("seeds/policy/clauses.json")) {
            JsonObject o = v.asJsonObject();
            rows.add(new ClauseRow(
                    o.getString("id"),
                    o.getString("policyId"),
                    o.isNull("parentId") ? null : o.getString("parentId", null),
                    o.getInt("ordinal"),
                    o.getString("number", ""),
                    o.getString("heading", ""),
                    o.getString("text"),
                    o.getString("textEn", null),
                    strings(o, "leadUnits"),
                    strings(o, "responsibleUnits")));
        }
        return rows;
    }

    /** A headed CSV file as one map per line, keyed by the header's names. Fields hold no commas. */
    public List<Map<String, String>> csv(String path) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) {
                return List.of();
            }
            String[] names = stripBom(header).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != names.length) {
                    throw new IllegalStateException(
                            path + " line " + number + ": " + cells.length + " fields, the header has " + names.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.length; i++) {
                    row.put(names[i].strip(), cells[i].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    public boolean exists(String path) {
        return classLoader.getResource(path) != null;
    }

    private JsonArray jsonArray(String path) {
        try (JsonReader r = Json.createReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return r.readArray();
        }
    }

    private InputStream open(String path) {
        InputStream in = classLoader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("seed file missing from the class path: " + path);
        }
        return in;
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
