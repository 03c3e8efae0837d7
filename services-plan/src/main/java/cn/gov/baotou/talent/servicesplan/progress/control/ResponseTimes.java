package cn.gov.baotou.talent.servicesplan.progress.control;

import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How long resolved service requests took (services-plan.6.2), in Chinese working days after the day of routing up to
 * the day of resolution (resolved the day it was routed: 0): the distribution of those counts, its mean and its
 * median, each to one decimal. Built from requests grouped by their two days, so a year's requests are a few hundred
 * pairs, never every row; a pair in a year the calendar does not hold yet is left out rather than guessed.
 */
public final class ResponseTimes {

    /** Requests routed on one day and resolved on another, and how many. */
    public record Pair(LocalDate routedOn, LocalDate resolvedOn, long count) {}

    private final TreeMap<Integer, Long> byDays = new TreeMap<>();
    private long count;
    private long uncounted;

    private ResponseTimes() {}

    public static ResponseTimes of(Collection<Pair> pairs, WorkingDayCalendar calendar) {
        ResponseTimes t = new ResponseTimes();
        for (Pair p : pairs) {
            try {
                t.byDays.merge(calendar.workingDaysBetween(p.routedOn(), p.resolvedOn()), p.count(), Long::sum);
                t.count += p.count();
            } catch (CalendarNotCovered e) {
                t.uncounted += p.count();
            }
        }
        return t;
    }

    /** The resolved requests counted. */
    public long count() {
        return count;
    }

    /** Resolved requests left out because a day of theirs lies in a year without a holiday notice. */
    public long uncounted() {
        return uncounted;
    }

    public Optional<BigDecimal> mean() {
        if (count == 0) {
            return Optional.empty();
        }
        long sum = 0;
        for (Map.Entry<Integer, Long> e : byDays.entrySet()) {
            sum += e.getKey() * e.getValue();
        }
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
    }

    /** The middle value; with an even count, the mean of the two middle values. */
    public Optional<BigDecimal> median() {
        if (count == 0) {
            return Optional.empty();
        }
        int lower = nth((count - 1) / 2);
        int upper = nth(count / 2);
        return Optional.of(BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP));
    }

    /** The value at 0-based position {@code n} of the sorted counts. */
    private int nth(long n) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : byDays.entrySet()) {
            seen += e.getValue();
            if (n < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("position " + n + " beyond " + count);
    }
}
