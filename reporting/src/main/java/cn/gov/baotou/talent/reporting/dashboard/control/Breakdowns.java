package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets by district and by month as tables: a row per target that has such a breakdown, a column per district of
 * the scope (those with nothing as 0) or per month of the period, and the sum.
 */
public final class Breakdowns {

    /** A row of the table: the target and one figure per column ("0" where nothing was achieved), the sum last. */
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

    /** A row per target: its figure in each district (in the order of {@code districts}), then their sum. */
    public static List<Row> districtRows(List<TargetProgress> targets, Map<String, String> districts, boolean english) {
        List<Row> rows = new ArrayList<>();
        for (TargetProgress t : targets) {
            Map<String, BigDecimal> figures = byDistrict(t, districts);
            rows.add(row(t, figures.values(), english));
        }
        return rows;
    }

    /** A row per target: its figure in each month of the period, then their sum. */
    public static List<Row> monthRows(List<TargetProgress> targets, ReportPeriod period, boolean english) {
        List<Row> rows = new ArrayList<>();
        for (TargetProgress t : targets) {
            rows.add(row(t, byMonth(t, period).values(), english));
        }
        return rows;
    }

    /** The months of the period as the tables head them ("3月", or "2025-03" in English). */
    public static List<String> monthLabels(ReportPeriod period, String pattern) {
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from());
                !m.isAfter(YearMonth.from(period.to()));
                m = m.plusMonths(1)) {
            out.add(String.format(pattern, m.getMonthValue()));
        }
        return out;
    }

    private static Row row(TargetProgress t, Collection<BigDecimal> figures, boolean english) {
        List<String> cells = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal f : figures) {
            cells.add(Svg.number(f));
            sum = sum.add(f);
        }
        cells.add(Svg.number(sum));
        return new Row(t.key(), english ? t.labelEn() : t.label(), cells);
    }
}
