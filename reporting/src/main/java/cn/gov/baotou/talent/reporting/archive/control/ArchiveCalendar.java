package cn.gov.baotou.talent.reporting.archive.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which months' reports are due for the archive on a day. The month just ended is due from the 1st; a month missed
 * while the platform was stopped (or whose run failed) stays due until archived, within the last {@code catchUpMonths}
 * months. The archive starts with the month before its first run: months before that are never generated after the
 * fact, since they would not be the reports as they were then. Asking again once archived finds nothing due.
 */
public record ArchiveCalendar(int catchUpMonths) {

    public ArchiveCalendar {
        if (catchUpMonths < 1) {
            throw new IllegalArgumentException("catchUpMonths must be at least 1");
        }
    }

    /** The months due on {@code today}, oldest first. */
    public List<YearMonth> due(LocalDate today, Collection<YearMonth> archived) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        if (archived.isEmpty()) {
            return List.of(last);
        }
        Set<YearMonth> done = new TreeSet<>(archived);
        YearMonth earliestKept = Collections.min(done);
        YearMonth windowStart = last.minusMonths(catchUpMonths - 1L);
        YearMonth first = earliestKept.isAfter(windowStart) ? earliestKept : windowStart;
        List<YearMonth> due = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (!done.contains(m)) {
                due.add(m);
            }
        }
        return due;
    }

    /** Whether a month may be archived on {@code today} at all: only a month that has ended. */
    public static boolean ended(YearMonth month, LocalDate today) {
        return month.isBefore(YearMonth.from(today));
    }

    /** What a month's archived reports cover: its year up to the month's last day (本年累计至月末). */
    public static ReportPeriod period(YearMonth month) {
        return new ReportPeriod(LocalDate.of(month.getYear(), 1, 1), month.atEndOfMonth());
    }
}
