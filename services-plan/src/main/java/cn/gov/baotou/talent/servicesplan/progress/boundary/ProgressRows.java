package cn.gov.baotou.talent.servicesplan.progress.boundary;

import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counted rows of one figure — each a district, a day and a count — summed, and broken down by district and by month.
 */
record ProgressRows(List<Row> rows, Map<String, String> districtNames) {

    /** One counted row. */
    record Row(String district, LocalDate day, long count) {}

    long total() {
        return rows.stream().mapToLong(Row::count).sum();
    }

    List<Breakdown> breakdowns() {
        Map<String, Long> byDistrict = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        for (Row r : rows) {
            byDistrict.merge(r.district(), r.count(), Long::sum);
            if (r.day() != null) {
                byMonth.merge(
                        String.format("%d-%02d", r.day().getYear(), r.day().getMonthValue()), r.count(), Long::sum);
            }
        }
        List<Breakdown> out = new ArrayList<>();
        byDistrict.forEach((code, n) -> out.add(new Breakdown(
                Dimension.DISTRICT, code, districtNames.getOrDefault(code, code), BigDecimal.valueOf(n))));
        byMonth.forEach((month, n) -> out.add(new Breakdown(Dimension.MONTH, month, month, BigDecimal.valueOf(n))));
        return out;
    }
}
