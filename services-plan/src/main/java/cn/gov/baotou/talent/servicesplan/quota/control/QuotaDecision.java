package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import java.util.List;

/**
 * The nomination quota for a year, what it rests on (null when none), every check made, and whether the enterprise
 * lies outside the plan's scope (services-plan.3), which leaves it no quota whatever its figures.
 */
public record QuotaDecision(int year, int quota, Basis basis, List<Check> checks, boolean outOfScope) {

    /** The clause of the tier that gave the quota ({@code services-plan.4.1.2}); services-plan.4 when none did. */
    public String tierClause() {
        if (basis == null) {
            return "services-plan.4";
        }
        String prefix = basis.tierClause(0).substring(0, basis.tierClause(0).length() - 1);
        return checks.stream()
                .filter(c -> c.passed() && c.clauseId().startsWith(prefix))
                .map(Check::clauseId)
                .findFirst()
                .orElse("services-plan.4");
    }
}
