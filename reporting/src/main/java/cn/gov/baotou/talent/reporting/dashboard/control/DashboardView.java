package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard drawn from a target report's data: a block per policy (targets with their bars and chart, figures
 * without a plan), the summary of statuses, and the district and month breakdowns of one chosen target with their
 * charts and the tables of all targets.
 */
public record DashboardView(
        List<PolicyBlock> policies,
        BigDecimal timeShare,
        List<TargetLine> measures,
        TargetLine measure,
        String districtChart,
        String monthChart,
        List<String> districtColumns,
        List<Breakdowns.Row> districtRows,
        List<String> monthColumns,
        List<Breakdowns.Row> monthRows) {

    /** A policy's title and document number. */
    public record PolicyName(String title, String documentNumber) {}

    /** What the view is drawn from besides the data: names of districts and policies, and the page's texts. */
    public record Context(
            LocalDate today,
            Map<String, String> districts,
            Map<String, PolicyName> policies,
            boolean english,
            Function<String, String> text) {}

    public static DashboardView of(List<TargetProgress> targets, ReportPeriod period, Context c, String measureKey) {
        return of(targets, List.of(), period, c, measureKey);
    }

    /** The dashboard with leadership's cumulative view of the one-year targets, per policy. */
    public static DashboardView of(
            List<TargetProgress> targets,
            List<CumulativeProgress> cumulative,
            ReportPeriod period,
            Context c,
            String measureKey) {
        BigDecimal share = TargetStatus.timeShare(period, c.today());
        Map<String, List<TargetProgress>> byPolicy = new LinkedHashMap<>();
        c.policies().keySet().forEach(id -> byPolicy.put(id, new ArrayList<>()));
        targets.forEach(t ->
                byPolicy.computeIfAbsent(t.policyId(), id -> new ArrayList<>()).add(t));
        List<PolicyBlock> blocks = new ArrayList<>();
        byPolicy.forEach((id, list) -> blocks.add(block(
                id,
                list,
                cumulative.stream()
                        .filter(x -> !x.targets().isEmpty()
                                && x.targets().get(0).policyId().equals(id))
                        .findFirst()
                        .orElse(null),
                period,
                share,
                c)));
        List<TargetProgress> measured = targets.stream()
                .filter(t -> !t.breakdowns().isEmpty() && t.achieved() != null && isWhole(t.achieved()))
                .toList();
        TargetProgress chosen = measured.stream()
                .filter(t -> t.key().equals(measureKey))
                .findFirst()
                .orElse(measured.isEmpty() ? null : measured.get(0));
        List<TargetLine> measures = measured.stream()
                .map(t -> TargetLine.of(t, period, c.today(), c.english()))
                .toList();
        List<TargetProgress> districtColumns = Breakdowns.columns(targets, Dimension.DISTRICT);
        List<TargetProgress> monthColumns = Breakdowns.columns(targets, Dimension.MONTH);
        return new DashboardView(
                blocks,
                share,
                measures,
                chosen == null ? null : TargetLine.of(chosen, period, c.today(), c.english()),
                chosen == null ? null : districtChart(chosen, c),
                chosen == null || !has(chosen, Dimension.MONTH) ? null : monthChart(chosen, period, c),
                List.copyOf(c.districts().values()),
                Breakdowns.districtRows(districtColumns, c.districts(), c.english()),
                Breakdowns.monthLabels(period, c.text().apply("dashboard.monthShort")),
                Breakdowns.monthRows(monthColumns, period, c.english()));
    }

    public long count(TargetStatus status) {
        return policies.stream().mapToLong(p -> p.count(status)).sum();
    }

    /** The targets the period plans (the KPI 目标任务); those without a plan are counted apart as 无计划. */
    public long planned() {
        return policies.stream().mapToLong(PolicyBlock::planned).sum();
    }

    public String timeSharePercent() {
        return Svg.number(timeShare.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** Whether the period is still running, so that the 时间进度 mark means something on the bars. */
    public boolean timeRunning() {
        return timeShare.compareTo(BigDecimal.ONE) < 0;
    }

    private static PolicyBlock block(
            String id,
            List<TargetProgress> targets,
            CumulativeProgress cumulative,
            ReportPeriod period,
            BigDecimal share,
            Context c) {
        List<TargetLine> lines = targets.stream()
                .map(t -> TargetLine.of(t, period, c.today(), c.english()))
                .toList();
        List<TargetLine> targetLines =
                lines.stream().filter(TargetLine::isTarget).toList();
        List<TargetLine> planned = lines.stream().filter(TargetLine::hasPlan).toList();
        List<TargetLine> counted = lines.stream().filter(l -> !l.isTarget()).toList();
        PolicyName name = c.policies().getOrDefault(id, new PolicyName(id, ""));
        String completion = planned.isEmpty() ? null : completion(name.title(), planned, share, c);
        List<TargetLine> countable = counted.stream().filter(TargetLine::whole).toList();
        boolean anything = countable.stream().anyMatch(l -> !"0".equals(l.achieved()));
        String counts = !anything
                ? null
                : CountChart.svg(
                        name.title(),
                        countable.stream()
                                .map(l -> new CountChart.Bar(l.label(), new BigDecimal(l.achieved()), l.unit()))
                                .toList());
        return new PolicyBlock(
                id,
                name.title(),
                name.documentNumber(),
                targetLines,
                counted,
                completion,
                counts,
                cumulative == null ? null : cumulative(name.title(), cumulative, c));
    }

    private static String completion(String title, List<TargetLine> planned, BigDecimal share, Context c) {
        return CompletionChart.svg(
                title,
                planned.stream()
                        .map(l -> new CompletionChart.Bar(
                                l.label(),
                                l.achieved() + " / " + l.planned() + " " + l.unit(),
                                l.percent(),
                                l.status()))
                        .toList(),
                share,
                new CompletionChart.Legend(c.text().apply("dashboard.timeProgress")));
    }

    /** The cumulative view: its lines judged against the plan's year (fully elapsed once it is over), and its chart. */
    private static CumulativeBlock cumulative(String title, CumulativeProgress x, Context c) {
        List<TargetLine> lines = x.targets().stream()
                .map(t -> TargetLine.of(t, x.period(), c.today(), c.english()))
                .toList();
        String caption = String.format(
                c.text().apply("dashboard.sinceYear"),
                x.period().from().getYear(),
                x.period().to().toString(),
                x.planYear());
        return new CumulativeBlock(
                x.period().from().getYear(),
                x.period().to().toString(),
                x.planYear(),
                caption,
                lines,
                completion(
                        title + " · " + caption,
                        lines.stream().filter(TargetLine::hasPlan).toList(),
                        null,
                        c));
    }

    private static String districtChart(TargetProgress t, Context c) {
        Map<String, BigDecimal> figures = Breakdowns.byDistrict(t, c.districts());
        return CountChart.svg(
                label(t, c) + " · " + c.text().apply("dashboard.byDistrict"),
                figures.entrySet().stream()
                        .map(e -> new CountChart.Bar(c.districts().get(e.getKey()), e.getValue(), t.unit()))
                        .toList());
    }

    private static String monthChart(TargetProgress t, ReportPeriod period, Context c) {
        Map<YearMonth, BigDecimal> figures = Breakdowns.byMonth(t, period);
        String pattern = c.text().apply("dashboard.monthShort");
        return MonthChart.svg(
                label(t, c) + " · " + c.text().apply("dashboard.byMonth"),
                figures.entrySet().stream()
                        .map(e -> new MonthChart.Month(
                                String.format(pattern, e.getKey().getMonthValue()), e.getValue()))
                        .toList(),
                t.plannedMin(),
                new MonthChart.Legend(
                        c.text().apply("dashboard.monthly"),
                        c.text().apply("dashboard.cumulative"),
                        c.text().apply("dashboard.target")));
    }

    private static String label(TargetProgress t, Context c) {
        return c.english() ? t.labelEn() : t.label();
    }

    private static boolean has(TargetProgress t, Dimension dimension) {
        return t.breakdowns().stream().anyMatch(b -> b.dimension() == dimension);
    }

    private static boolean isWhole(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0;
    }
}
