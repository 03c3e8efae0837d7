package cn.gov.baotou.talent.reporting.dashboard.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far a target stands (达成 / 进行中 / 滞后). Every target is a year's (30 博士 in a year, 5–10 项 a year), so the
 * time that has passed is measured against the year: MET once the achieved figure reaches the plan's lower bound;
 * otherwise ON_TRACK while it keeps pace with the share of the year the period has covered up to today (时间进度), and
 * LAGGING when it falls behind it or the whole year has passed without meeting it. A figure with no plan (the services
 * plan's counts) is only COUNTED.
 */
public enum TargetStatus {
    MET,
    ON_TRACK,
    LAGGING,
    COUNTED;

    public static TargetStatus of(TargetProgress target, ReportPeriod period, LocalDate today) {
        BigDecimal planned = target.plannedMin();
        if (planned == null || planned.signum() <= 0) {
            return COUNTED;
        }
        BigDecimal achieved = target.achieved() == null ? BigDecimal.ZERO : target.achieved();
        if (achieved.compareTo(planned) >= 0) {
            return MET;
        }
        BigDecimal share = timeShare(period, today);
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            return LAGGING;
        }
        return achieved.compareTo(planned.multiply(share)) >= 0 ? ON_TRACK : LAGGING;
    }

    /**
     * 时间进度: the share of the period's year that the period covers up to today (0–1, four decimals) — for a whole year
     * in the past 1, for the year to date today's share of it, for a range of months the range's share.
     */
    public static BigDecimal timeShare(ReportPeriod period, LocalDate today) {
        LocalDate end = today.isBefore(period.to()) ? today : period.to();
        if (end.isBefore(period.from())) {
            return BigDecimal.ZERO;
        }
        long covered = ChronoUnit.DAYS.between(period.from(), end) + 1;
        long yearDays = period.from().lengthOfYear();
        return BigDecimal.valueOf(Math.min(covered, yearDays))
                .divide(BigDecimal.valueOf(yearDays), 4, RoundingMode.HALF_UP);
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
