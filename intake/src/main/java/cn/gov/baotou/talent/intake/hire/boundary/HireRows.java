package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.sheet.control.Sheet;
import cn.gov.baotou.talent.core.sheet.control.SheetCell;
import cn.gov.baotou.talent.core.sheet.control.SheetRow;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.hire.control.CellValues;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import cn.gov.baotou.talent.intake.hire.control.RowProblem;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The template's sheet as forms: the header row found (in Chinese or English, * marks ignored) after the note above
 * it, then each data row read cell by cell into the {@link HireForm} a single submission would send. A cell whose
 * words mean nothing (a day that is no day, a degree not offered) is refused here in its column; the rest is left to
 * {@link Submission#read}, so that a row is held to exactly the rules of one submission.
 */
final class HireRows {

    /** How many rows above the header the note may take. */
    static final int NOTE_ROWS = 2;

    /** The template's example person: a row with this 身份证号 is the example left in, not a hire. */
    static final String EXAMPLE_ID = "110108199003070016";

    private final Map<String, Degree> degrees = new LinkedHashMap<>();
    private final Map<String, WorkType> workTypes = new LinkedHashMap<>();
    private final Map<String, SourceKind> sources = new LinkedHashMap<>();
    private final Map<String, String> disciplines = new LinkedHashMap<>();
    private final Messages zh = Messages.in(Messages.CHINESE);
    private final Messages en = Messages.in(Locale.ENGLISH);

    /** @param disciplineNames 学科门类 by code */
    HireRows(Map<String, String> disciplineNames) {
        for (Degree d : Degree.values()) {
            words(degrees, d, "degree." + d.name());
        }
        degrees.put("博士", Degree.DOCTOR);
        degrees.put("硕士", Degree.MASTER);
        for (WorkType w : WorkType.values()) {
            words(workTypes, w, "work." + w.name());
        }
        for (SourceKind s : SourceKind.values()) {
            words(sources, s, "source." + s.name());
        }
        disciplineNames.forEach((code, name) -> {
            disciplines.put(code, code);
            disciplines.put(name, code);
            disciplines.put(code + " " + name, code);
            disciplines.put(code + name, code);
        });
    }

    /** The rows after the header; a missing header is the file's one problem. */
    List<SheetRow> data(Sheet sheet, List<RowProblem> problems) {
        List<SheetRow> rows = sheet.rows();
        for (int i = 0; i < Math.min(rows.size(), NOTE_ROWS + 1); i++) {
            if (isHeader(rows.get(i))) {
                return rows.subList(i + 1, rows.size());
            }
        }
        problems.add(new RowProblem(
                rows.isEmpty() ? 1 : rows.get(0).number(),
                null,
                error("import.header.mismatch", String.join("、", headers(zh)))));
        return List.of();
    }

    /** A data row as the form one submission sends; cells that mean nothing are refused into {@code check}. */
    HireForm form(SheetRow r, FormCheck check) {
        String id = text(r, HireColumn.ID_NUMBER);
        SheetCell idCell = r.cell(HireColumn.ID_NUMBER.ordinal());
        if (idCell.number() && id != null && id.length() >= 15) {
            check.error(HireColumn.ID_NUMBER.field(), "import.cell.idAsNumber");
        }
        return new HireForm(
                text(r, HireColumn.NAME),
                id,
                day(r, check),
                choice(r, HireColumn.DEGREE, degrees, check),
                choice(r, HireColumn.DISCIPLINE, disciplines, check),
                text(r, HireColumn.MAJOR),
                text(r, HireColumn.INSTITUTION),
                yesNo(r, HireColumn.DEGREE_RECOGNISED, check),
                text(r, HireColumn.OVERSEAS_CERTIFICATE_NO),
                yesNo(r, HireColumn.FROM_OUTSIDE_CITY, check),
                choice(r, HireColumn.WORK_TYPE, workTypes, check),
                text(r, HireColumn.JOB_TITLE),
                choice(r, HireColumn.SOURCE_KIND, sources, check),
                text(r, HireColumn.SOURCE_REFERENCE));
    }

    /** Whether the row is the template's example, left in by mistake. */
    static boolean example(SheetRow r) {
        return EXAMPLE_ID.equalsIgnoreCase(r.text(HireColumn.ID_NUMBER.ordinal()));
    }

    /** The headers as the template writes them in a language, * on the required ones. */
    static List<String> headers(Messages m) {
        List<String> h = new ArrayList<>();
        for (HireColumn c : HireColumn.values()) {
            h.add(m.get(IntakeEligibility.BUNDLE, c.headerKey()) + (c.required() ? " *" : ""));
        }
        return h;
    }

    /** The labels a choice column offers in a language: what the template's list holds. */
    static List<String> labels(HireColumn column, Messages m, Map<String, String> disciplineNames) {
        return switch (column) {
            case DEGREE -> labels(m, "degree.", Degree.values());
            case WORK_TYPE -> labels(m, "work.", WorkType.values());
            case SOURCE_KIND -> labels(m, "source.", SourceKind.values());
            case DISCIPLINE ->
                disciplineNames.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList();
            case DEGREE_RECOGNISED, FROM_OUTSIDE_CITY ->
                List.of(m.get(IntakeEligibility.BUNDLE, "import.yes"), m.get(IntakeEligibility.BUNDLE, "import.no"));
            default -> List.of();
        };
    }

    private boolean isHeader(SheetRow r) {
        for (Messages m : List.of(zh, en)) {
            List<String> expected = headers(m);
            boolean all = true;
            for (HireColumn c : HireColumn.values()) {
                all &= plain(expected.get(c.ordinal())).equalsIgnoreCase(plain(r.text(c.ordinal())));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String header) {
        return header.replace("*", "").replace("＊", "").replaceAll("\\s+", "");
    }

    private static String text(SheetRow r, HireColumn c) {
        String t = r.text(c.ordinal());
        return t.isEmpty() ? null : t;
    }

    private static LocalDate day(SheetRow r, FormCheck check) {
        String t = text(r, HireColumn.BIRTH_DATE);
        LocalDate d = CellValues.day(t);
        if (t != null && d == null) {
            check.error(HireColumn.BIRTH_DATE.field(), "import.cell.date", t);
        }
        return d;
    }

    private static <T> T choice(SheetRow r, HireColumn c, Map<String, T> words, FormCheck check) {
        String t = text(r, c);
        T value = CellValues.choice(t, words);
        if (t != null && value == null) {
            check.error(c.field(), "import.cell.oneOf", t);
        }
        return value;
    }

    private static Boolean yesNo(SheetRow r, HireColumn c, FormCheck check) {
        String t = text(r, c);
        Boolean value = CellValues.yesNo(t);
        if (t != null && value == null) {
            check.error(c.field(), "import.cell.yesNo", t);
        }
        return value;
    }

    private <E extends Enum<E>> void words(Map<String, E> into, E value, String key) {
        into.put(value.name(), value);
        into.put(zh.get(IntakeEligibility.BUNDLE, key), value);
        into.put(en.get(IntakeEligibility.BUNDLE, key), value);
    }

    private static <E extends Enum<E>> List<String> labels(Messages m, String prefix, E[] values) {
        return java.util.Arrays.stream(values)
                .map(v -> m.get(IntakeEligibility.BUNDLE, prefix + v.name()))
                .toList();
    }

    private static FieldError error(String key, Object... arguments) {
        return new FieldError("file", IntakeEligibility.BUNDLE, key, List.of(arguments));
    }
}
