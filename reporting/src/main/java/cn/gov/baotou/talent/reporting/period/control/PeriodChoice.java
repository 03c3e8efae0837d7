package cn.gov.baotou.talent.reporting.period.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a page or an API caller chose into a {@link ReportPeriod}, refusing by field what does not make one:
 * {@code year} (a whole year), {@code ytd} (the year to today; a past year whole) or {@code months} ({@code from} and
 * {@code to} as {@code YYYY-MM}, or a day {@code YYYY-MM-DD}, within one year, since every target is a year's). Without
 * a mode, a year alone is a year and {@code from}/{@code to} a range. Nothing after today's year.
 */
public final class PeriodChoice {

    public static final String YEAR = "year";
    public static final String YEAR_TO_DATE = "ytd";
    public static final String MONTHS = "months";
    static final int FIRST_YEAR = 2000;

    private PeriodChoice() {}

    public static ReportPeriod of(String mode, Integer year, String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ReportPeriod period = parse(mode, year, blankToNull(from), blankToNull(to), today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return period;
    }

    private static ReportPeriod parse(
            String mode, Integer year, String from, String to, LocalDate today, List<FieldError> errors) {
        String m = mode == null || mode.isBlank() ? null : mode.strip().toLowerCase(Locale.ROOT);
        if (m == null) {
            if (year != null && (from != null || to != null)) {
                errors.add(ReportingMessages.error("year", "period.both"));
                return null;
            }
            if (year == null && from == null && to == null) {
                errors.add(ReportingMessages.error("year", "period.required"));
                return null;
            }
            m = year != null ? YEAR : MONTHS;
        }
        return switch (m) {
            case YEAR -> year(year, today, errors) ? ReportPeriod.year(year) : null;
            case YEAR_TO_DATE -> yearToDate(year == null ? today.getYear() : year, today, errors);
            case MONTHS -> months(from, to, today, errors);
            default -> {
                errors.add(ReportingMessages.error("mode", "period.mode", mode));
                yield null;
            }
        };
    }

    private static boolean year(Integer year, LocalDate today, List<FieldError> errors) {
        if (year == null) {
            errors.add(ReportingMessages.error("year", "period.required"));
            return false;
        }
        if (year < FIRST_YEAR || year > today.getYear()) {
            errors.add(ReportingMessages.error(
                    "year", "period.year", text(year), text(FIRST_YEAR), text(today.getYear())));
            return false;
        }
        return true;
    }

    private static ReportPeriod yearToDate(int year, LocalDate today, List<FieldError> errors) {
        if (!year(year, today, errors)) {
            return null;
        }
        return year == today.getYear() ? new ReportPeriod(LocalDate.of(year, 1, 1), today) : ReportPeriod.year(year);
    }

    private static ReportPeriod months(String from, String to, LocalDate today, List<FieldError> errors) {
        LocalDate first = day("from", from, true, errors);
        LocalDate last = day("to", to, false, errors);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            errors.add(ReportingMessages.error("to", "period.order", to, from));
        } else if (first.getYear() != last.getYear()) {
            errors.add(ReportingMessages.error("to", "period.sameYear", from, to));
        } else if (first.getYear() > today.getYear()) {
            errors.add(ReportingMessages.error(
                    "from", "period.year", text(first.getYear()), text(FIRST_YEAR), text(today.getYear())));
        } else if (first.getYear() < FIRST_YEAR) {
            errors.add(ReportingMessages.error(
                    "from", "period.year", text(first.getYear()), text(FIRST_YEAR), text(today.getYear())));
        }
        return errors.isEmpty() ? new ReportPeriod(first, last) : null;
    }

    /** {@code YYYY-MM} (its first or last day) or {@code YYYY-MM-DD}. */
    private static LocalDate day(String field, String text, boolean start, List<FieldError> errors) {
        if (text == null) {
            errors.add(ReportingMessages.error(field, "period.month.required"));
            return null;
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(t);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DayText.parse(t);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other text that is not a month
        }
        errors.add(ReportingMessages.error(field, "period.month", text));
        return null;
    }

    /** A year as written, never "2,026". */
    private static String text(int year) {
        return Integer.toString(year);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
