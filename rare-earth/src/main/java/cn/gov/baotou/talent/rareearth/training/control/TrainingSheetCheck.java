package cn.gov.baotou.talent.rareearth.training.control;

import cn.gov.baotou.talent.core.rest.DayText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every row of an imported sheet checked against the template: the header, each required cell, each choice, the
 * dates (not after today), the partner enterprise and the district in the registry, and each trainee once — in the
 * file and across earlier imports. The sheet is taken only if no row has a problem.
 */
public final class TrainingSheetCheck {

    /** What the registry and earlier imports say, to check the rows against. */
    public record Lookups(Map<String, Long> enterprisesByCreditCode, Set<String> districts, Set<String> imported) {}

    /** The rows read, or the problems that refuse the whole sheet. */
    public record Result(List<TrainingRow> rows, List<RowProblem> problems) {

        public boolean accepted() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    public static final int MAX_ROWS = 5000;

    private TrainingSheetCheck() {}

    public static Result check(List<RawRow> sheet, Lookups lookups, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        if (sheet.isEmpty() || !header(sheet.get(0)).equals(TrainingColumn.headers())) {
            String found = sheet.isEmpty() ? "—" : String.join("、", header(sheet.get(0)));
            problems.add(new RowProblem(
                    1, null, "import.header.mismatch", List.of(String.join("、", TrainingColumn.headers()), found)));
            return new Result(List.of(), problems);
        }
        List<RawRow> data =
                sheet.subList(1, sheet.size()).stream().filter(r -> !r.blank()).toList();
        if (data.isEmpty()) {
            problems.add(new RowProblem(2, null, "import.file.empty", List.of()));
        } else if (data.size() > MAX_ROWS) {
            problems.add(
                    new RowProblem(data.get(MAX_ROWS).number(), null, "import.file.tooManyRows", List.of(MAX_ROWS)));
            return new Result(List.of(), problems);
        }
        List<TrainingRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RawRow r : data) {
            TrainingRow row = new RowReading(r, lookups, today, problems).read();
            if (row == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(row.key(), r.number());
            if (first != null) {
                problems.add(new RowProblem(
                        r.number(),
                        TrainingColumn.STUDENT_NO,
                        "import.row.duplicateInFile",
                        List.of(row.studentNo(), first)));
            } else if (lookups.imported().contains(row.key())) {
                problems.add(new RowProblem(
                        r.number(),
                        TrainingColumn.STUDENT_NO,
                        "import.row.alreadyImported",
                        List.of(row.institution(), row.studentNo())));
            } else {
                rows.add(row);
            }
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static List<String> header(RawRow r) {
        List<String> h = new ArrayList<>();
        for (TrainingColumn c : TrainingColumn.values()) {
            h.add(r.cell(c));
        }
        return h;
    }

    /** One row's cells read one by one, each problem added, the row returned only when it has none. */
    private record RowReading(RawRow r, Lookups lookups, LocalDate today, List<RowProblem> problems) {

        TrainingRow read() {
            int before = problems.size();
            String partner = text(TrainingColumn.PARTNER_CREDIT_CODE);
            Long enterprise = null;
            if (partner != null) {
                enterprise = lookups.enterprisesByCreditCode().get(partner.toUpperCase());
                if (enterprise == null) {
                    problem(TrainingColumn.PARTNER_CREDIT_CODE, "import.row.enterprise.unknown", partner);
                }
            }
            String district = text(TrainingColumn.DISTRICT_CODE);
            if (district != null && !lookups.districts().contains(district)) {
                problem(TrainingColumn.DISTRICT_CODE, "import.row.district.unknown", district);
            }
            TrainingRow row = new TrainingRow(
                    r.number(),
                    text(TrainingColumn.INSTITUTION),
                    choice(TrainingColumn.INSTITUTION_KIND),
                    text(TrainingColumn.TRAINEE_NAME),
                    text(TrainingColumn.STUDENT_NO),
                    choice(TrainingColumn.TALENT_TYPE),
                    choice(TrainingColumn.TRAINING_MODE),
                    text(TrainingColumn.MAJOR),
                    enterprise,
                    district,
                    date(TrainingColumn.COMPLETED_ON));
            return problems.size() == before ? row : null;
        }

        private String text(TrainingColumn c) {
            String v = r.cell(c);
            if (v.isEmpty()) {
                if (c.required()) {
                    problem(c, "import.row.required");
                }
                return null;
            }
            if (v.length() > c.maxLength()) {
                problem(c, "import.row.tooLong", c.maxLength());
                return null;
            }
            return v;
        }

        private String choice(TrainingColumn c) {
            String v = text(c);
            String code = v == null ? null : c.code(v);
            if (v != null && code == null) {
                problem(c, "import.row.oneOf", v, String.join("、", c.labels()));
            }
            return code;
        }

        private LocalDate date(TrainingColumn c) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            try {
                LocalDate d = DayText.parse(v.length() > 10 ? v.substring(0, 10) : v);
                if (d.isAfter(today)) {
                    problem(c, "import.row.future", d);
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                problem(c, "import.row.date", v);
                return null;
            }
        }

        private void problem(TrainingColumn c, String key, Object... args) {
            problems.add(new RowProblem(r.number(), c, key, List.of(args)));
        }
    }
}
