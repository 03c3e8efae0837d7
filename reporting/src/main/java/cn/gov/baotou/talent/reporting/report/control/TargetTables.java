package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target report's tables, the same for PDF and Excel: every target planned against achieved with its status, and
 * per policy the achieved figures by district (every district, zeros shown), by industry and by month (every month of
 * the period). Breakdown keys are codes; the names come from the registry.
 */
public final class TargetTables {

    private final ReportData data;
    private final ReferenceNames names;
    private final LocalDate today;

    public TargetTables(ReportData data, ReferenceNames names, LocalDate today) {
        this.data = data;
        this.names = names;
        this.today = today;
    }

    /** The policies with targets, in report order, each with its targets. */
    public Map<String, List<TargetProgress>> byPolicy() {
        Map<String, List<TargetProgress>> map = new LinkedHashMap<>();
        for (TargetProgress t : data.targets()) {
            map.computeIfAbsent(t.policyId(), k -> new ArrayList<>()).add(t);
        }
        return map;
    }

    public TargetStatus status(TargetProgress t) {
        return TargetStatus.of(t, data.scope().period(), today);
    }

    /** Every target planned against achieved, with the rate and the status (the Excel sheet of the overview). */
    public ReportTable overview() {
        String lang = data.language();
        List<List<Object>> rows = new ArrayList<>();
        for (TargetProgress t : data.targets()) {
            List<Object> row = new ArrayList<>();
            row.add(names.policy(t.policyId(), lang));
            row.add(english() ? t.labelEn() : t.label());
            row.add(t.clauseId());
            row.add(t.unit());
            row.add(whole(t.plannedMin()));
            row.add(whole(t.plannedMax()));
            row.add(whole(t.achieved()));
            row.add(TargetStatus.rate(t));
            row.add(status(t).label(lang));
            rows.add(row);
        }
        return new ReportTable(
                "targets",
                "目标任务完成情况",
                "Targets: planned and achieved",
                null,
                List.of(
                        Column.text("政策", "Policy"),
                        Column.text("目标任务", "Target"),
                        Column.text("条款", "Clause"),
                        Column.text("单位", "Unit"),
                        Column.count("计划（下限）", "Planned (minimum)"),
                        Column.count("计划（上限）", "Planned (maximum)"),
                        Column.count("完成", "Achieved"),
                        Column.percent("完成率", "Rate"),
                        Column.text("状态", "Status")),
                rows);
    }

    /**
     * Leadership's cumulative view (the Excel sheet and the PDF table): each module's one-year targets summed from 1
     * January of their plan's year to the period's end (at most the version's end), against that year's plan, with the
     * status judged as that plan's (its year elapsed: 达成 or 滞后).
     */
    public ReportTable cumulative() {
        String lang = data.language();
        List<List<Object>> rows = new ArrayList<>();
        for (CumulativeProgress c : data.cumulative()) {
            for (TargetProgress t : c.targets()) {
                List<Object> row = new ArrayList<>();
                row.add(names.policy(t.policyId(), lang));
                row.add(english() ? t.labelEn() : t.label());
                row.add(t.clauseId());
                row.add(c.period().from() + " — " + c.period().to());
                row.add(String.valueOf(c.planYear()));
                row.add(t.unit());
                row.add(whole(t.plannedMin()));
                row.add(whole(t.plannedMax()));
                row.add(whole(t.achieved()));
                row.add(TargetStatus.rate(t));
                row.add(TargetStatus.of(t, c.period(), today).label(lang));
                rows.add(row);
            }
        }
        return new ReportTable(
                "targets.cumulative",
                "一年期目标累计完成情况",
                "One-year targets: cumulative",
                null,
                List.of(
                        Column.text("政策", "Policy"),
                        Column.text("目标任务", "Target"),
                        Column.text("条款", "Clause"),
                        Column.text("累计期间", "Period summed"),
                        Column.text("对照计划年度", "Plan of"),
                        Column.text("单位", "Unit"),
                        Column.count("计划（下限）", "Planned (minimum)"),
                        Column.count("计划（上限）", "Planned (maximum)"),
                        Column.count("累计完成", "Achieved"),
                        Column.percent("完成率", "Rate"),
                        Column.text("状态", "Status")),
                rows);
    }

    /**
     * The policy's achieved figures by one dimension: a row per district / industry / month, a column per target that
     * is broken down that way, and a total row; empty when no target of the policy has that breakdown.
     */
    public ReportTable breakdown(String policyId, Dimension dimension) {
        List<TargetProgress> targets = byPolicy().getOrDefault(policyId, List.of()).stream()
                .filter(t -> t.breakdowns().stream().anyMatch(b -> b.dimension() == dimension))
                .toList();
        String lang = data.language();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(dimensionHeader(dimension, false), dimensionHeader(dimension, true)));
        for (TargetProgress t : targets) {
            columns.add(Column.count(t.label(), t.labelEn()));
        }
        List<List<Object>> rows = new ArrayList<>();
        if (!targets.isEmpty()) {
            List<BigDecimal> totals = new ArrayList<>();
            targets.forEach(t -> totals.add(BigDecimal.ZERO));
            for (String key : keys(dimension, targets)) {
                List<Object> row = new ArrayList<>();
                row.add(label(dimension, key, lang));
                for (int i = 0; i < targets.size(); i++) {
                    BigDecimal v = achieved(targets.get(i), dimension, key);
                    totals.set(i, totals.get(i).add(v));
                    row.add(whole(v));
                }
                rows.add(row);
            }
            List<Object> total = new ArrayList<>();
            total.add(english() ? "Total" : "合计");
            for (int i = 0; i < targets.size(); i++) {
                total.add(whole(totals.get(i)));
            }
            rows.add(total);
        }
        return new ReportTable(
                policyId + ".by" + dimension.name().charAt(0)
                        + dimension.name().substring(1).toLowerCase(),
                names.policy(policyId, "zh") + " · " + title(dimension, false),
                names.policy(policyId, "en") + " · " + title(dimension, true),
                null,
                columns,
                rows);
    }

    private boolean english() {
        return data.english();
    }

    /** Targets count people, teams, problems: whole numbers. */
    public static Long whole(BigDecimal v) {
        return v == null ? null : v.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static BigDecimal achieved(TargetProgress t, Dimension dimension, String key) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Breakdown b : t.breakdowns()) {
            if (b.dimension() == dimension && key.equals(b.key()) && b.achieved() != null) {
                sum = sum.add(b.achieved());
            }
        }
        return sum;
    }

    /** Every district (or only the scope's), every industry, every month of the period; then any other key given. */
    private List<String> keys(Dimension dimension, List<TargetProgress> targets) {
        Set<String> keys = new LinkedHashSet<>();
        ReportScope scope = data.scope();
        switch (dimension) {
            case DISTRICT ->
                names.districts().stream()
                        .map(ReferenceNames.Name::code)
                        .filter(scope::covers)
                        .forEach(keys::add);
            case INDUSTRY ->
                names.industries().stream().map(ReferenceNames.Name::code).forEach(keys::add);
            case MONTH -> {
                YearMonth last = YearMonth.from(scope.period().to());
                for (YearMonth m = YearMonth.from(scope.period().from()); !m.isAfter(last); m = m.plusMonths(1)) {
                    keys.add(m.toString());
                }
            }
        }
        for (TargetProgress t : targets) {
            for (Breakdown b : t.breakdowns()) {
                if (b.dimension() == dimension && b.key() != null) {
                    keys.add(b.key());
                }
            }
        }
        return List.copyOf(keys);
    }

    private String label(Dimension dimension, String key, String lang) {
        return switch (dimension) {
            case DISTRICT -> names.district(key, lang);
            case INDUSTRY -> names.industry(key, lang);
            case MONTH -> key;
        };
    }

    private static String dimensionHeader(Dimension dimension, boolean english) {
        return switch (dimension) {
            case DISTRICT -> english ? "District" : "旗县区";
            case INDUSTRY -> english ? "Industry" : "产业";
            case MONTH -> english ? "Month" : "月份";
        };
    }

    public static String title(Dimension dimension, boolean english) {
        return switch (dimension) {
            case DISTRICT -> english ? "by district" : "分旗县区完成情况";
            case INDUSTRY -> english ? "by industry" : "分产业完成情况";
            case MONTH -> english ? "by month" : "分月份完成情况";
        };
    }
}
