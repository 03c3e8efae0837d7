package cn.gov.baotou.talent.core.target.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * One target of a policy (planned, from the parameters, with the clause that sets it) against what was achieved in a
 * period, with breakdowns by district, industry and month. {@code plannedMax} is set for ranges such as "5–10 项".
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
        List<Breakdown> breakdowns) {

    public TargetProgress {
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
    }

    /** One share of the achieved figure: a district (by code), an industry (by code) or a month (YYYY-MM). */
    public record Breakdown(Dimension dimension, String key, String label, BigDecimal achieved) {}

    /** How a figure is broken down. */
    public enum Dimension {
        DISTRICT,
        INDUSTRY,
        MONTH
    }
}
