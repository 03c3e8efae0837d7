package cn.gov.baotou.talent.core.calendar.control;

import java.time.LocalDate;
import java.time.Month;

/**
 * The yearly chore: next year's holiday notice is usually published in November or December, and until it is entered
 * every deadline counted into next year is provisional. From 1 November it is due, and said so to the city office.
 */
public final class NextYearNotice {

    /** The first month in which next year's notice is awaited. */
    static final Month AWAITED_FROM = Month.NOVEMBER;

    private NextYearNotice() {}

    /** Whether, on {@code today}, next year's notice is due and not yet entered. */
    public static boolean missing(WorkingDayCalendar calendar, LocalDate today) {
        return today.getMonth().compareTo(AWAITED_FROM) >= 0
                && !calendar.years().contains(today.getYear() + 1);
    }
}
