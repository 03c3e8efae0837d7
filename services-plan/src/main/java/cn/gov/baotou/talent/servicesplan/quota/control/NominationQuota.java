package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 推荐名额 for a year from the two years before it (services-plan.4): the best tier of revenue and the best tier of
 * investment, and of those two the higher quota — never the sum (services-plan.4.3). Only the standards the plan's
 * scope lets count are weighed (services-plan.3): an enterprise outside it has no quota.
 */
public final class NominationQuota {

    public static final String BUNDLE = "cn.gov.baotou.talent.servicesplan.messages";

    private NominationQuota() {}

    /**
     * @param scope which standards count (services-plan.3), its checks coming first; @param revenue yuan by year (may
     *     lack years); @param investment likewise; the years used are year−1 and year−2.
     */
    public static QuotaDecision decide(
            int year,
            ScopeDecision scope,
            Map<Integer, Yuan> revenue,
            QuotaTiers revenueTiers,
            Map<Integer, Yuan> investment,
            QuotaTiers investmentTiers) {
        List<Check> checks = new ArrayList<>(scope.checks());
        // a standard outside the scope is not weighed at all: its tiers would explain a quota it cannot give
        int byRevenue = scope.revenueCounts() ? tier(year, Basis.REVENUE, revenue, revenueTiers, checks) : 0;
        int byInvestment =
                scope.investmentCounts() ? tier(year, Basis.INVESTMENT, investment, investmentTiers, checks) : 0;
        int quota = Math.max(byRevenue, byInvestment);
        Basis basis = quota == 0 ? null : byRevenue >= byInvestment ? Basis.REVENUE : Basis.INVESTMENT;
        boolean both = byRevenue > 0 && byInvestment > 0;
        checks.add(Check.of(
                quota > 0,
                "higherStandard",
                "services-plan.4.3",
                BUNDLE,
                both
                        ? "check.quota.higherOfBoth"
                        : quota > 0
                                ? "check.quota.one"
                                : scope.outOfScope() ? "check.quota.outOfScope" : "check.quota.none",
                quota,
                byRevenue,
                byInvestment));
        return new QuotaDecision(year, quota, basis, checks, scope.outOfScope());
    }

    private static int tier(int year, Basis basis, Map<Integer, Yuan> figures, QuotaTiers t, List<Check> checks) {
        String name = basis.name().toLowerCase();
        // years as text: a number argument would print as 2,023
        Yuan last = figures.get(year - 1);
        Yuan before = figures.get(year - 2);
        if (last != null && last.compareTo(t.topMin()) >= 0) {
            checks.add(Check.passed(
                    name + ".tier1",
                    basis.tierClause(1),
                    BUNDLE,
                    "check." + name + ".tier1",
                    String.valueOf(year - 1),
                    last.toString(),
                    t.topMin().toString(),
                    t.topQuota()));
            return t.topQuota();
        }
        if (last != null && last.compareTo(t.middleMin()) >= 0) {
            checks.add(Check.passed(
                    name + ".tier2",
                    basis.tierClause(2),
                    BUNDLE,
                    "check." + name + ".tier2",
                    String.valueOf(year - 1),
                    last.toString(),
                    t.middleMin().toString(),
                    t.topMin().toString(),
                    t.middleQuota()));
            return t.middleQuota();
        }
        if (last != null && before != null && last.plus(before).compareTo(t.twoYearMin()) >= 0) {
            checks.add(Check.passed(
                    name + ".tier3",
                    basis.tierClause(3),
                    BUNDLE,
                    "check." + name + ".tier3",
                    String.valueOf(year - 2),
                    String.valueOf(year - 1),
                    last.plus(before).toString(),
                    t.twoYearMin().toString(),
                    t.twoYearQuota()));
            return t.twoYearQuota();
        }
        checks.add(Check.failed(
                name + ".tiers",
                basis.tierClause(3),
                BUNDLE,
                "check." + name + ".none",
                String.valueOf(year - 2),
                String.valueOf(year - 1),
                t.middleMin().toString(),
                t.twoYearMin().toString()));
        return 0;
    }
}
