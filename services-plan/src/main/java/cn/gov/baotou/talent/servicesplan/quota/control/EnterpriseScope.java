package cn.gov.baotou.talent.servicesplan.quota.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import java.time.LocalDate;
import java.util.List;

/**
 * What the plan's scope (services-plan.3) asks of an enterprise: its industry (a key industry or not), 规模以上, 工业企业,
 * 高新技术企业 (with a certificate valid on the day weighed), and the total investment of its new key project.
 */
public record EnterpriseScope(
        String industryCode,
        boolean keyIndustry,
        boolean aboveDesignatedSize,
        boolean industrial,
        boolean highTech,
        Yuan keyProjectInvestment) {

    public static final String CLAUSE = "services-plan.3";

    public EnterpriseScope {
        keyProjectInvestment = keyProjectInvestment == null ? Yuan.ZERO : keyProjectInvestment;
    }

    /** A registered enterprise as the scope weighs it on {@code day}: 高企 only while its certificate is valid. */
    public static EnterpriseScope of(Enterprise e, LocalDate day) {
        boolean highTech = e.highTech()
                && (e.highTechValidTo() == null || !e.highTechValidTo().isBefore(day));
        return new EnterpriseScope(
                e.industry().code(),
                e.industry().keyIndustry(),
                e.aboveDesignatedSize(),
                e.industrial(),
                highTech,
                new Yuan(e.keyProjectInvestmentYuan()));
    }

    /**
     * services-plan.3 read with 四: revenue (四（一）) counts only for a key-industry enterprise that is 规上 and industrial,
     * or 高企; investment (四（二）) only for a key-industry key project of {@code minInvestment} or more (以上: inclusive).
     * 重点产业领域 qualifies all three, as in intake.4.
     */
    public ScopeDecision decide(Yuan minInvestment) {
        String bundle = NominationQuota.BUNDLE;
        MessageRef industry = new MessageRef(bundle, "industry." + industryCode);
        if (!keyIndustry) {
            return new ScopeDecision(
                    false,
                    false,
                    List.of(Check.failed("scope", CLAUSE, bundle, "check.scope.notKeyIndustry", industry)));
        }
        Check revenue;
        if (aboveDesignatedSize && industrial) {
            revenue = Check.passed("scope.revenue", CLAUSE, bundle, "check.scope.revenue.industrial", industry);
        } else if (highTech) {
            revenue = Check.passed("scope.revenue", CLAUSE, bundle, "check.scope.revenue.highTech", industry);
        } else {
            revenue = Check.failed(
                    "scope.revenue",
                    CLAUSE,
                    bundle,
                    aboveDesignatedSize ? "check.scope.revenue.notIndustrial" : "check.scope.revenue.failed");
        }
        boolean keyProject = keyProjectInvestment.compareTo(minInvestment) >= 0;
        Check investment = Check.of(
                keyProject,
                "scope.investment",
                CLAUSE,
                bundle,
                keyProject ? "check.scope.investment.keyProject" : "check.scope.investment.failed",
                keyProjectInvestment.toString(),
                minInvestment.toString());
        return new ScopeDecision(revenue.passed(), keyProject, List.of(revenue, investment));
    }
}
