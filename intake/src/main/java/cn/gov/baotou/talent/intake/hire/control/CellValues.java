package cn.gov.baotou.talent.intake.hire.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a spreadsheet cell's words mean, as people in Baotou write them: days as 2024-06-01, 2024/6/1, 2024.6.1,
 * 2024年6月1日 or 20240601; 是/否 (or yes/no, Y/N, TRUE/FALSE, 1/0); and a choice by its label or its code.
 * Anything else is null, for the import to report with the cell's text.
 */
public final class CellValues {

    private static final Pattern DAY =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true),
            Map.entry("否", false),
            Map.entry("yes", true),
            Map.entry("no", false),
            Map.entry("y", true),
            Map.entry("n", false),
            Map.entry("true", true),
            Map.entry("false", false),
            Map.entry("1", true),
            Map.entry("0", false));

    private CellValues() {}

    public static LocalDate day(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = DAY.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DAY.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static Boolean yesNo(String text) {
        return text == null ? null : YES_NO.get(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The value whose word (a label in any language, or the code, in any case) the text is; null if none is. */
    public static <T> T choice(String text, Map<String, T> words) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        for (Map.Entry<String, T> w : words.entrySet()) {
            if (w.getKey().equalsIgnoreCase(t)) {
                return w.getValue();
            }
        }
        return null;
    }
}
