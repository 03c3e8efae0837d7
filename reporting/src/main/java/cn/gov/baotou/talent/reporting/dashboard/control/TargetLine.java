package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One target as the dashboard shows it: name and clause, planned ("30", "5—10", or "约 100" for a 左右 figure; null
 * without a plan) and achieved with the unit, the completion in percent for the bar (at most 100 wide), and the status.
 */
public record TargetLine(
        String policyId,
        String key,
        String clauseId,
        String label,
        String unit,
        String planned,
        String achieved,
        BigDecimal percent,
        TargetStatus status) {

    public static TargetLine of(TargetProgress t, ReportPeriod period, LocalDate today, boolean english) {
        String planned = t.plannedMin() == null
                ? null
                : t.approximate()
                        ? (english ? "≈" : "约 ") + Svg.number(t.plannedMin())
                        : t.plannedMax() == null
                                ? Svg.number(t.plannedMin())
                                : Svg.number(t.plannedMin()) + "—" + Svg.number(t.plannedMax());
        return new TargetLine(
                t.policyId(),
                t.key(),
                t.clauseId(),
                english ? t.labelEn() : t.label(),
                t.unit(),
                planned,
                Svg.number(t.achieved()),
                TargetStatus.percent(t),
                TargetStatus.of(t, period, today));
    }

    /** Whether the period has a plan for it to be judged against (达成, 进行中 or 滞后). */
    public boolean hasPlan() {
        return status != TargetStatus.COUNTED && status != TargetStatus.NO_PLAN;
    }

    /** Whether it is a target of the text, planned in the period or not (无计划), rather than a figure merely counted. */
    public boolean isTarget() {
        return status != TargetStatus.COUNTED;
    }

    /** The bar's width in percent: the completion, at most the full bar. */
    public String barWidth() {
        return Svg.n(Math.min(100, percent.doubleValue()));
    }

    public String percentText() {
        return Svg.number(percent) + "%";
    }

    public String statusCss() {
        return CompletionChart.css(status);
    }

    /** Whole numbers can share a chart's scale; means (days, ratings) are shown as figures only. */
    public boolean whole() {
        return !achieved.contains(".");
    }
}
