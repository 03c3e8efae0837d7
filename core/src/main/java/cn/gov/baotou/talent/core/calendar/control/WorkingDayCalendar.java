package cn.gov.baotou.talent.core.calendar.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chinese working days (工作日) in the years whose holiday notice is known: Monday to Friday unless the notice gives the
 * day off, Saturday and Sunday only when it is a make-up day (调休上班); any other year is refused, never guessed.
 */
public final class WorkingDayCalendar {

    private final SortedSet<Integer> years;
    private final Map<LocalDate, HolidayNotice.Day> listed;

    /** The covered years, and the days their notices list (a day off, or a weekend day worked, with its holiday). */
    public WorkingDayCalendar(Set<Integer> years, Collection<HolidayNotice.Day> days) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        Map<LocalDate, HolidayNotice.Day> byDate = new HashMap<>();
        for (HolidayNotice.Day d : days) {
            if (byDate.put(d.date(), d) != null) {
                throw new IllegalArgumentException("a day listed twice: " + d.date());
            }
        }
        this.listed = Map.copyOf(byDate);
    }

    /** The calendar of these notices, each covering its own year. */
    public static WorkingDayCalendar of(Collection<HolidayNotice> notices) {
        return new WorkingDayCalendar(
                notices.stream().map(HolidayNotice::year).collect(Collectors.toSet()),
                notices.stream().flatMap(n -> n.days().stream()).toList());
    }

    public SortedSet<Integer> years() {
        return years;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, "date");
    }

    /** Whether the day is worked; {@code field} names the caller's input in the refusal when its year is not covered. */
    public boolean isWorkingDay(LocalDate day, String field) {
        if (!covers(day.getYear())) {
            throw new CalendarNotCovered(field, day.getYear());
        }
        HolidayNotice.Day d = listed.get(day);
        return d == null ? !HolidayNotice.weekend(day) : !d.offDay();
    }

    /** The notice's entry for the day, naming the holiday it is off (or worked) for; empty for a plain day. */
    public Optional<HolidayNotice.Day> listed(LocalDate day) {
        return Optional.ofNullable(listed.get(day));
    }

    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return plusWorkingDays(from, n, "from");
    }

    /** The n-th working day after {@code from}, which itself is not counted ("within 10 working days of signing"). */
    public LocalDate plusWorkingDays(LocalDate from, int n, String field) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, field)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}, negative when {@code to} comes first: with a
     * deadline and today, the working days overdue (or, negative, still left).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? -count(to, from, "to", "from") : count(from, to, "from", "to");
    }

    /** How many days of the year are worked. */
    public int workingDaysIn(int year) {
        if (!covers(year)) {
            throw new CalendarNotCovered("year", year);
        }
        return count(LocalDate.of(year, 1, 1).minusDays(1), LocalDate.of(year, 12, 31), "year", "year");
    }

    private int count(LocalDate after, LocalDate upTo, String afterField, String upToField) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (isWorkingDay(day, day.getYear() == after.getYear() ? afterField : upToField)) {
                count++;
            }
        }
        return count;
    }
}
