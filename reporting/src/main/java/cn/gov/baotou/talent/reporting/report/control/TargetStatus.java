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
 *   <li>滞后 (behind) otherwise, when more of the plan's year has elapsed than of the plan is achieved — by the report's
 *       end or today, whichever is earlier. The plan's year is the period's for a yearly target and the year the plan is
 *       of for a one-year target (2022 for intake.1 and rare-earth.1–3, so the cumulative view 2022–2025 is judged as
 *       2022's plan is: fully elapsed);
 *   <li>进行中 (in progress) otherwise, and always short of a 左右 figure (rare-earth.6 "100 名左右" is no minimum to fall
 *       behind of: 解释口径).
 * </ul>
 *
 * A figure with no plan — a count a module reports beside its targets, or a one-year target in another year — has no
 * status: 无计划, never 滞后 against another year's target.
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
        LocalDate asOf = today.isBefore(period.to()) ? today : period.to();
        TargetStatus s = of(target.plannedMin(), target.achieved(), elapsedShare(target.judgedYear(period), asOf));
        return target.approximate() && s == BEHIND ? IN_PROGRESS : s;
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
        return elapsedShare(period.to().getYear(), today.isBefore(period.to()) ? today : period.to());
    }

    /** The share of {@code year} that has passed by {@code asOf}: 0 before it begins, 1 after it ends. */
    static BigDecimal elapsedShare(int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (asOf.isBefore(first)) {
            return BigDecimal.ZERO;
        }
        if (asOf.getYear() > year) {
            return BigDecimal.ONE.setScale(SCALE);
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
