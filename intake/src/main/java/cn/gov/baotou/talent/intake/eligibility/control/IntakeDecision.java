package cn.gov.baotou.talent.intake.eligibility.control;

import cn.gov.baotou.talent.core.decision.control.Decision;

/**
 * The eligibility decision with what the plan adds to it: whether only the "原则上" age limit failed (then an
 * exception approved by the city office lets the hire proceed), the subsidy split, and the age in full years.
 */
public record IntakeDecision(Decision decision, boolean exceptionRequired, SubsidySplit subsidy, int age) {

    public boolean eligible() {
        return decision.granted();
    }
}
