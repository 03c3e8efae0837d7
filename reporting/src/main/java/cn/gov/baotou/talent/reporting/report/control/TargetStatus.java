package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a target stands, as every report shows it:
 *
 * <ul>
 *   <li>达成 (achieved) when the achieved figure reaches the plan's minimum ("30 名以上" is met by 30, 民法典第一千二百五十九条);
 *   <li>滞后 (behind) otherwise, when more of the period's year has elapsed than of the plan is achieved — by the
 *       report's end or today, whichever is earlier;
 *   <li>进行中 (in progress) otherwise.
 * </ul>
 *
 * A figure with no plan (a count a module reports beside its targets) has no status: 无计划.
 */
public enum TargetStatus {
    ACHIEVED("达成", "Achieved"),
    IN_PROGRESS("进行中", "In progress"),
    BEHIND("滞后", "Behind"),
    NO_PLAN("无计划", "No plan");

    private static final int SCALE = 6;

    private final String zh;
    private final String en;

    TargetStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(String language) {
        return "en".equals(language) ? en : zh;
    }

    public static TargetStatus of(TargetProgress target, ReportPeriod period, LocalDate today) {
        return of(target.plannedMin(), target.achieved(), elapsedShare(period, today));
    }

    static TargetStatus of(BigDecimal plannedMin, BigDecimal achieved, BigDecimal elapsed) {
        BigDecimal done = achieved == null ? BigDecimal.ZERO : achieved;
        if (plannedMin == null) {
            return NO_PLAN;
        }
        if (done.compareTo(plannedMin) >= 0) {
            return ACHIEVED;
        }
        BigDecimal share = done.divide(plannedMin, SCALE, RoundingMode.HALF_UP);
        return elapsed.compareTo(share) > 0 ? BEHIND : IN_PROGRESS;
    }

    /**
     * The share of the period's year that has passed by the period's end or today, whichever is earlier: days up to
     * and including that day over the days of the year; 0 before the year begins.
     */
    public static BigDecimal elapsedShare(ReportPeriod period, LocalDate today) {
        int year = period.to().getYear();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
        if (asOf.isBefore(first)) {
            return BigDecimal.ZERO;
        }
        long days = ChronoUnit.DAYS.between(first, asOf) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(first.lengthOfYear()), SCALE, RoundingMode.HALF_UP);
    }

    /** Achieved over the plan's minimum (0.4 = 40%), or null without a plan. */
    public static BigDecimal rate(TargetProgress target) {
        BigDecimal planned = target.plannedMin();
        if (planned == null || planned.signum() <= 0) {
            return null;
        }
        BigDecimal done = target.achieved() == null ? BigDecimal.ZERO : target.achieved();
        return done.divide(planned, 4, RoundingMode.HALF_UP);
    }
}
