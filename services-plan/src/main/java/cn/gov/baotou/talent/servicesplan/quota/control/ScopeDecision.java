package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import java.util.List;

/**
 * Which of the two standards the plan's scope (services-plan.3) lets count for an enterprise — its revenue (四（一）),
 * its key project's investment (四（二）) — and the checks that say why.
 */
public record ScopeDecision(boolean revenueCounts, boolean investmentCounts, List<Check> checks) {

    public ScopeDecision {
        checks = List.copyOf(checks);
    }

    /**
     * Scope not checked: the public calculator asked without the enterprise's facts, so both standards count, and the
     * one check says the scope was not weighed.
     */
    public static ScopeDecision notChecked() {
        return new ScopeDecision(
                true,
                true,
                List.of(Check.passed(
                        "scope.notChecked", EnterpriseScope.CLAUSE, NominationQuota.BUNDLE, "check.scope.notChecked")));
    }

    /** Neither standard may count: the enterprise is outside the plan's scope. */
    public boolean outOfScope() {
        return !revenueCounts && !investmentCounts;
    }
}
