package cn.gov.baotou.talent.servicesplan.window.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 每年 3 月和 9 月的 1—10 日 (services-plan.5.1): the yearly application windows, as month-day ranges a policy version
 * sets; finds the window that contains a date, or else the next one.
 */
public record ApplicationWindows(List<Range> ranges) {

    /** One window of every year: from {@code start} to {@code end}, both days included. */
    public record Range(MonthDay start, MonthDay end) {}

    /** A window in a given year. */
    public record Window(LocalDate start, LocalDate end) {

        public boolean contains(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    public ApplicationWindows {
        ranges = ranges.stream().sorted(Comparator.comparing(Range::start)).toList();
    }

    /** The window containing the date, or else the first one after it (this year or next). */
    public Window containingOrNext(LocalDate date) {
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            for (Range r : ranges) {
                Window w = new Window(r.start().atYear(year), r.end().atYear(year));
                if (!date.isAfter(w.end())) {
                    return w;
                }
            }
        }
        throw new IllegalStateException("no application window is set");
    }

    public Optional<Window> containing(LocalDate date) {
        Window w = containingOrNext(date);
        return w.contains(date) ? Optional.of(w) : Optional.empty();
    }
}
