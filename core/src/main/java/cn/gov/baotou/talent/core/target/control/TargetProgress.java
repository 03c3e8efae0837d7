package cn.gov.baotou.talent.core.target.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One target of a policy (planned, from the parameters, with the clause that sets it) against what was achieved in a
 * period, with breakdowns by district, industry and month. {@code plannedMax} is set for ranges such as "5–10 项".
 *
 * <p>{@code cadence} says how often the text sets the target (null for a figure a module counts without any plan);
 * {@code planYear} is the year whose plan {@code plannedMin}/{@code plannedMax} are — null when the period has no plan
 * (a one-year target outside its year: 无计划, never judged against another year's plan). {@code approximate} marks a
 * plan the text gives as 左右 (rare-earth.6 "100 名左右"): a reference figure, not a minimum.
 */
public record TargetProgress(
        String policyId,
        String key,
        String clauseId,
        String label,
        String labelEn,
        String unit,
        BigDecimal plannedMin,
        BigDecimal plannedMax,
        BigDecimal achieved,
        List<Breakdown> breakdowns,
        Cadence cadence,
        Integer planYear,
        boolean approximate) {

    public TargetProgress {
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        if (plannedMin == null && plannedMax != null) {
            throw new IllegalArgumentException(key + ": an upper bound without a plan");
        }
    }

    /**
     * A yearly target planned for the period's own year, or (without a plan) a figure counted beside the targets: the
     * shape every target had before one-year plans were told apart.
     */
    public TargetProgress(
            String policyId,
            String key,
            String clauseId,
            String label,
            String labelEn,
            String unit,
            BigDecimal plannedMin,
            BigDecimal plannedMax,
            BigDecimal achieved,
            List<Breakdown> breakdowns) {
        this(
                policyId,
                key,
                clauseId,
                label,
                labelEn,
                unit,
                plannedMin,
                plannedMax,
                achieved,
                breakdowns,
                plannedMin == null ? null : Cadence.YEARLY,
                null,
                false);
    }

    /** Whether the period has a plan to compare the achieved figure with. */
    public boolean planned() {
        return plannedMin != null;
    }

    /** Whether this is a target of the text (planned in the period or not), rather than a figure merely counted. */
    public boolean isTarget() {
        return cadence != null;
    }

    /** The year whose share of time passed judges the figure: the plan's own year, else the period's last year. */
    public int judgedYear(ReportPeriod period) {
        return planYear != null ? planYear : period.to().getYear();
    }

    /** One share of the achieved figure: a district (by code), an industry (by code) or a month (YYYY-MM). */
    public record Breakdown(Dimension dimension, String key, String label, BigDecimal achieved) {}

    /** How a figure is broken down. */
    public enum Dimension {
        DISTRICT,
        INDUSTRY,
        MONTH
    }

    /**
     * How often the text sets a target: once, for the year a {@code *.targetYear} parameter names (intake.1 "在 2022
     * 年年内", rare-earth.1–3 "力争今年内"), or every year (rare-earth.6 "每年", .7 "每年", .9 "每年").
     */
    public enum Cadence {
        ONE_YEAR,
        YEARLY
    }
}
