package cn.gov.baotou.talent.intake.hire.control;

import java.time.LocalDate;

/**
 * 按年度进行跟踪评估考核 (intake.6.2): year N of the service period is evaluated once it is complete — from its
 * anniversary of the signing on (the anniversary itself completes the year, as a birthday completes 周岁), never
 * before.
 */
public final class EvaluationDue {

    private EvaluationDue() {}

    /** Whether year N, due on {@code anniversary}, may be recorded on {@code today}. */
    public static boolean open(LocalDate anniversary, LocalDate today) {
        return !today.isBefore(anniversary);
    }
}
