package cn.gov.baotou.talent.core.calendar.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chinese working days (工作日) in the years whose holiday notice is known: Monday to Friday unless the notice gives the
 * day off, Saturday and Sunday only when it is a make-up day (调休上班). The year after the last notice is provisional
 * (预计): weekends and the statutory holidays of the 放假办法 ({@link StatutoryHolidays}), so that deadlines can be
 * counted while the State Council's notice is awaited, and marked so. Any other year is refused, never guessed.
 */
public final class WorkingDayCalendar {

    private final SortedSet<Integer> years;
    private final Map<LocalDate, HolidayNotice.Day> listed;
    private final Integer provisionalYear;
    private final Map<LocalDate, HolidayNotice.Day> provisional;

    /**
     * The covered years, and the days their notices list (a day off, or a weekend day worked, with its holiday); the
     * year after the last one is provisional.
     */
    public WorkingDayCalendar(Set<Integer> years, Collection<HolidayNotice.Day> days) {
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
        Map<LocalDate, HolidayNotice.Day> byDate = new HashMap<>();
        for (HolidayNotice.Day d : days) {
            if (byDate.put(d.date(), d) != null) {
                throw new IllegalArgumentException("a day listed twice: " + d.date());
            }
        }
        this.listed = Map.copyOf(byDate);
        this.provisionalYear = this.years.isEmpty() ? null : this.years.last() + 1;
        Map<LocalDate, HolidayNotice.Day> expected = new HashMap<>();
        if (provisionalYear != null) {
            StatutoryHolidays.of(provisionalYear).forEach(d -> expected.put(d.date(), d));
        }
        this.provisional = Map.copyOf(expected);
    }

    /** The calendar of these notices, each covering its own year. */
    public static WorkingDayCalendar of(Collection<HolidayNotice> notices) {
        return new WorkingDayCalendar(
                notices.stream().map(HolidayNotice::year).collect(Collectors.toSet()),
                notices.stream().flatMap(n -> n.days().stream()).toList());
    }

    /** The years whose notice is entered. */
    public SortedSet<Integer> years() {
        return years;
    }

    /** The year after the last notice, counted provisionally; empty before any notice is entered. */
    public Optional<Integer> provisionalYear() {
        return Optional.ofNullable(provisionalYear);
    }

    /** Whether working days can be counted in the year: its notice is entered, or it is the provisional year. */
    public boolean covers(int year) {
        return years.contains(year) || Integer.valueOf(year).equals(provisionalYear);
    }

    /** Whether the day lies in the provisional year, where its being worked is expected rather than announced. */
    public boolean isProvisional(LocalDate day) {
        return !years.contains(day.getYear()) && Integer.valueOf(day.getYear()).equals(provisionalYear);
    }

    /** The provisional year's expected days off (holidays and made-up days), in date order; empty for another year. */
    public List<HolidayNotice.Day> provisionalDays(int year) {
        return Integer.valueOf(year).equals(provisionalYear) && !years.contains(year)
                ? provisional.values().stream()
                        .sorted(Comparator.comparing(HolidayNotice.Day::date))
                        .toList()
                : List.of();
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
        if (d == null && isProvisional(day)) {
            d = provisional.get(day);
        }
        return d == null ? !HolidayNotice.weekend(day) : !d.offDay();
    }

    /** The notice's entry for the day, naming the holiday it is off (or worked) for; empty for a plain day. */
    public Optional<HolidayNotice.Day> listed(LocalDate day) {
        return Optional.ofNullable(listed.get(day));
    }

    /**
     * The due date "within {@code n} working days" of {@code from}: the n-th working day after it, provisional when it
     * falls in the provisional year; {@code field} names the caller's input in a refusal.
     */
    public Deadline deadline(LocalDate from, int n, String field) {
        LocalDate date = plusWorkingDays(from, n, field);
        return new Deadline(from, n, date, isProvisional(date));
    }

    /**
     * {@code before} counted again on this calendar: the new deadline when it differs (moved, or no longer provisional);
     * empty when it is the same, was not counted in working days, or still cannot be counted.
     */
    public Optional<Deadline> recount(Deadline before) {
        if (before == null || !before.counted() || !covers(before.date().getYear())) {
            return Optional.empty();
        }
        try {
            Deadline after = deadline(before.basis(), before.workingDays(), "basis");
            return after.equals(before) ? Optional.empty() : Optional.of(after);
        } catch (CalendarNotCovered stillUnknown) {
            return Optional.empty();
        }
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
