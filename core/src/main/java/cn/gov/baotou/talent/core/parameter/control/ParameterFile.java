package cn.gov.baotou.talent.core.parameter.control;

import cn.gov.baotou.talent.core.parameter.entity.ParameterType;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A version file as read, before it meets the stored versions: the rows that are well formed, and for every other row
 * each field that is not, named {@code row 3: intake.subsidy.doctorYuan.value} (row = line of the file, header = 1).
 */
public final class ParameterFile {

    public static final List<String> COLUMNS = List.of(
            "policy", "clause", "key", "type", "value", "unit", "description", "version", "validFrom", "validTo");
    public static final int MAX_ROWS = 2000;
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z._-]{1,20}");
    private static final Pattern ID = Pattern.compile("[a-z0-9.-]{1,60}");

    /** A well-formed row and the line it was on. */
    public record Row(int line, ParameterValue value) {}

    private final List<Row> rows;
    private final List<FieldError> errors;

    private ParameterFile(List<Row> rows, List<FieldError> errors) {
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    /** Reads the file's text; a missing or unknown column, or a file without rows, is refused at once. */
    public static ParameterFile read(String text) {
        List<CsvLines.Line> lines = CsvLines.split(text == null ? "" : text);
        if (lines.size() < 2) {
            throw new InvalidInput("file", "parameter.file.empty", String.join(",", COLUMNS));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new InvalidInput("file", "parameter.file.tooManyRows", String.valueOf(MAX_ROWS));
        }
        List<String> header = lines.get(0).cells();
        if (!(header.size() == COLUMNS.size() && header.containsAll(COLUMNS))) {
            throw new InvalidInput("file", "parameter.file.header", String.join(",", COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (CsvLines.Line line : lines.subList(1, lines.size())) {
            if (line.cells().size() != header.size()) {
                errors.add(FieldError.of(
                        "row " + line.number(),
                        "parameter.row.cells",
                        String.valueOf(line.cells().size()),
                        String.valueOf(header.size())));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), line.cells().get(i));
            }
            ParameterValue v = row(line.number(), cells, errors);
            if (v != null) {
                rows.add(new Row(line.number(), v));
            }
        }
        return new ParameterFile(rows, errors);
    }

    /** Whether {@code label} may name a version ({@code 2026}, {@code 2026b}): letters, digits, '.', '_', '-'. */
    public static boolean isVersion(String label) {
        return label != null && VERSION.matcher(label).matches();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The name of a row's field in a refusal: {@code row 3: intake.subsidy.doctorYuan.value}. */
    public static String field(int line, String key, String column) {
        return "row " + line + ": " + (key == null ? column : key + "." + column);
    }

    private static ParameterValue row(int line, Map<String, String> c, List<FieldError> errors) {
        int before = errors.size();
        String key = c.get("key");
        if (!(KEY.matcher(key).matches() && key.length() <= 80)) {
            errors.add(FieldError.of(field(line, null, "key"), "parameter.key.malformed", key));
            key = null;
        }
        String policy = id(line, key, "policy", c, errors);
        String clause = id(line, key, "clause", c, errors);
        ParameterType type = null;
        try {
            type = ParameterType.valueOf(c.get("type"));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(
                    field(line, key, "type"),
                    "parameter.type.unknown",
                    c.get("type"),
                    Arrays.toString(ParameterType.values())));
        }
        String value = null;
        if (type != null) {
            try {
                value = type.canonical(c.get("value"));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(field(line, key, "value"), "parameter.value." + type.name(), c.get("value")));
            }
        }
        String unit = text(line, key, "unit", 20, c, errors);
        String description = text(line, key, "description", 200, c, errors);
        String version = c.get("version");
        if (!VERSION.matcher(version).matches()) {
            errors.add(FieldError.of(field(line, key, "version"), "parameter.version.malformed", version));
        }
        LocalDate from = date(line, key, "validFrom", c, errors);
        LocalDate to = c.get("validTo").isEmpty() ? null : date(line, key, "validTo", c, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of(
                    field(line, key, "validTo"), "parameter.validTo.beforeFrom", to.toString(), from.toString()));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ParameterValue(key, policy, clause, type, value, unit, description, version, from, to);
    }

    private static String id(int line, String key, String column, Map<String, String> c, List<FieldError> errors) {
        String id = c.get(column);
        if (!ID.matcher(id).matches()) {
            errors.add(FieldError.of(field(line, key, column), "parameter." + column + ".unknown", id));
        }
        return id;
    }

    private static String text(
            int line, String key, String column, int max, Map<String, String> c, List<FieldError> errors) {
        String t = c.get(column);
        if (t.isEmpty() || t.length() > max) {
            errors.add(
                    FieldError.of(field(line, key, column), "parameter." + column + ".invalid", String.valueOf(max)));
        }
        return t;
    }

    private static LocalDate date(int line, String key, String column, Map<String, String> c, List<FieldError> errors) {
        try {
            return DayText.parse(c.get(column));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field(line, key, column), "parameter.date.malformed", c.get(column)));
            return null;
        }
    }
}
