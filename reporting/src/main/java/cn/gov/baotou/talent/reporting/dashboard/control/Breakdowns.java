package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets by district and by month as tables: a row per district (every district of the scope, those with nothing
 * as 0) or per month of the period, a column per target that has such a breakdown.
 */
public final class Breakdowns {

    /** A row of the table: its name and one figure per column ("0" where nothing was achieved). */
    public record Row(String key, String label, List<String> figures) {}

    private Breakdowns() {}

    /** The targets that have a breakdown in {@code dimension}, in the report's order. */
    public static List<TargetProgress> columns(List<TargetProgress> targets, Dimension dimension) {
        return targets.stream()
                .filter(t -> t.breakdowns().stream().anyMatch(b -> b.dimension() == dimension))
                .toList();
    }

    /** One figure of one target per district, in the order of {@code districts} (code → name). */
    public static Map<String, BigDecimal> byDistrict(TargetProgress target, Map<String, String> districts) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        districts.keySet().forEach(code -> out.put(code, BigDecimal.ZERO));
        target.breakdowns().stream()
                .filter(b -> b.dimension() == Dimension.DISTRICT && out.containsKey(b.key()))
                .forEach(b -> out.merge(b.key(), b.achieved(), BigDecimal::add));
        return out;
    }

    /** One figure of one target per month of the period ({@code YYYY-MM}), the months without any as 0. */
    public static Map<YearMonth, BigDecimal> byMonth(TargetProgress target, ReportPeriod period) {
        Map<YearMonth, BigDecimal> out = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(period.from());
                !m.isAfter(YearMonth.from(period.to()));
                m = m.plusMonths(1)) {
            out.put(m, BigDecimal.ZERO);
        }
        for (TargetProgress.Breakdown b : target.breakdowns()) {
            if (b.dimension() == Dimension.MONTH) {
                try {
                    out.computeIfPresent(YearMonth.parse(b.key()), (m, v) -> v.add(b.achieved()));
                } catch (DateTimeParseException e) {
                    // a month key not of the YYYY-MM shape the contract asks for: left out rather than guessed
                }
            }
        }
        return out;
    }

    public static List<Row> districtRows(List<TargetProgress> columns, Map<String, String> districts) {
        List<Map<String, BigDecimal>> figures =
                columns.stream().map(t -> byDistrict(t, districts)).toList();
        List<Row> rows = new ArrayList<>();
        districts.forEach((code, name) -> rows.add(new Row(
                code, name, figures.stream().map(f -> Svg.number(f.get(code))).toList())));
        return rows;
    }

    public static List<Row> monthRows(List<TargetProgress> columns, ReportPeriod period, String monthPattern) {
        List<Map<YearMonth, BigDecimal>> figures =
                columns.stream().map(t -> byMonth(t, period)).toList();
        List<Row> rows = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from());
                !m.isAfter(YearMonth.from(period.to()));
                m = m.plusMonths(1)) {
            YearMonth month = m;
            rows.add(new Row(
                    m.toString(),
                    String.format(monthPattern, m.getYear(), m.getMonthValue()),
                    figures.stream().map(f -> Svg.number(f.get(month))).toList()));
        }
        return rows;
    }
}
