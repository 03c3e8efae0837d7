package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How a target stands on the dashboard (达成 / 进行中 / 滞后), decided by the reports' own rule
 * ({@link cn.gov.baotou.talent.reporting.report.control.TargetStatus}) so that the page and the PDF never disagree:
 * MET once the plan's lower bound is reached; LAGGING when less of the plan is achieved than of the year has passed
 * (时间进度, by the period's end or today, of the plan's year); ON_TRACK otherwise. A target of the text with no plan
 * in the period (intake.1 and rare-earth.1–3 plan 2022 only) is NO_PLAN (无计划): its achievement is shown, never judged
 * against another year's plan. A figure that is no target (the services plan's counts) is only COUNTED.
 */
public enum TargetStatus {
    MET,
    ON_TRACK,
    LAGGING,
    NO_PLAN,
    COUNTED;

    public static TargetStatus of(TargetProgress target, ReportPeriod period, LocalDate today) {
        return switch (cn.gov.baotou.talent.reporting.report.control.TargetStatus.of(target, period, today)) {
            case ACHIEVED -> MET;
            case IN_PROGRESS -> ON_TRACK;
            case BEHIND -> LAGGING;
            case NO_PLAN -> target.isTarget() ? NO_PLAN : COUNTED;
        };
    }

    /** 时间进度: the share of the period's year passed by the period's end or today (0–1), as the reports read it. */
    public static BigDecimal timeShare(ReportPeriod period, LocalDate today) {
        return cn.gov.baotou.talent.reporting.report.control.TargetStatus.elapsedShare(period, today)
                .setScale(4, RoundingMode.HALF_UP);
    }

    /** Achieved as a share of the plan's lower bound, in percent, one decimal (0 without a plan). */
    public static BigDecimal percent(TargetProgress target) {
        BigDecimal planned = target.plannedMin();
        if (planned == null || planned.signum() <= 0 || target.achieved() == null) {
            return BigDecimal.ZERO;
        }
        return target.achieved().multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
    }
}
