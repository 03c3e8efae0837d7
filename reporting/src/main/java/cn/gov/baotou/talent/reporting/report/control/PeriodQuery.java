package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a caller asks for: {@code year=2022}, or {@code from=2022-03&to=2022-08} (whole months), or nothing for
 * the current year. Anything else is refused naming each bad field.
 */
public final class PeriodQuery {

    public static final String YEAR = "year";
    public static final String FROM = "from";
    public static final String TO = "to";

    private PeriodQuery() {}

    public static ReportPeriod parse(String year, String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasYear = given(year);
        boolean hasFrom = given(from);
        boolean hasTo = given(to);
        if (hasYear && (hasFrom || hasTo)) {
            errors.add(ReportTexts.error(hasFrom ? FROM : TO, "report.field.range"));
        }
        if (!hasYear && hasFrom != hasTo) {
            errors.add(ReportTexts.error(hasFrom ? TO : FROM, "report.field.range"));
        }
        Integer y = hasYear ? year(year.strip(), errors) : null;
        YearMonth first = hasFrom ? month(FROM, from.strip(), errors) : null;
        YearMonth last = hasTo ? month(TO, to.strip(), errors) : null;
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(ReportTexts.error(TO, "report.field.range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (y != null) {
            return ReportPeriod.year(y);
        }
        if (first != null) {
            return ReportPeriod.months(first, last);
        }
        return ReportPeriod.year(today.getYear());
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    private static Integer year(String s, List<FieldError> errors) {
        try {
            int y = Integer.parseInt(s);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(ReportTexts.error(YEAR, "report.field.year", s));
        return null;
    }

    private static YearMonth month(String field, String s, List<FieldError> errors) {
        try {
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(s);
                if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                    return m;
                }
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        errors.add(ReportTexts.error(field, "report.field.month", s));
        return null;
    }
}
