package cn.gov.baotou.talent.core.target.control;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days a report covers, both included: a year, a year to date, or a range of months. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it begins");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod months(YearMonth first, YearMonth last) {
        return new ReportPeriod(first.atDay(1), last.atEndOfMonth());
    }
}
