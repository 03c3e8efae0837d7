package cn.gov.baotou.talent.rareearth.measure.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Counted things summed in all, by district and by month, for a target's progress and its breakdowns. */
public record Tally(long total, Map<String, Long> byDistrict, Map<YearMonth, Long> byMonth) {

    /** One counted thing (a team, a trainee, a graduate place): where, when, and how many it counts for. */
    public record Counted(String districtCode, LocalDate on, long weight) {}

    public static Tally of(Collection<Counted> items) {
        long total = 0;
        Map<String, Long> districts = new HashMap<>();
        Map<YearMonth, Long> months = new HashMap<>();
        for (Counted c : items) {
            total += c.weight();
            if (c.districtCode() != null) {
                districts.merge(c.districtCode(), c.weight(), Long::sum);
            }
            if (c.on() != null) {
                months.merge(YearMonth.from(c.on()), c.weight(), Long::sum);
            }
        }
        return new Tally(total, districts, months);
    }
}
