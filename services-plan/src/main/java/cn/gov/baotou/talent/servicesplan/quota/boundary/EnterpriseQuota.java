package cn.gov.baotou.talent.servicesplan.quota.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * An enterprise's quota for a year from its confirmed figures only (services-plan.4), under the tiers of the version
 * in force that year, and how many of it the enterprise has used. Callers check that the enterprise is visible.
 */
@ApplicationScoped
@Transactional
public class EnterpriseQuota {

    @Inject
    EnterpriseFigures figures;

    @Inject
    Nominations nominations;

    @Inject
    ServicesPlanStandards standards;

    @Inject
    Enterprises enterprises;

    @Inject
    Caller caller;

    public EnterpriseQuota() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public EnterpriseQuota(EntityManager em, ServicesPlanStandards standards) {
        this.figures = new EnterpriseFigures(em);
        this.nominations = new Nominations(em);
        this.standards = standards;
    }

    public QuotaDecision decide(long enterpriseId, int year) {
        Parameters p = standards.forYear(year);
        return NominationQuota.decide(
                year,
                figures.confirmed(enterpriseId, Basis.REVENUE),
                ServicesPlanStandards.tiers(p, "revenue"),
                figures.confirmed(enterpriseId, Basis.INVESTMENT),
                ServicesPlanStandards.tiers(p, "investment"));
    }

    /**
     * The quota of the caller's own enterprise, or of {@code enterpriseId} when the caller sees it (else 404 as if it
     * did not exist), with what is used of it.
     */
    public QuotaStanding standing(Long enterpriseId, int year) {
        long id;
        if (caller.is(Role.ENTERPRISE)) {
            id = caller.scope().enterpriseId();
        } else if (enterpriseId == null) {
            throw new InvalidInput("enterpriseId", "request.required", "");
        } else {
            id = enterprises
                    .visible(enterpriseId, caller.visibility())
                    .orElseThrow(() -> new NotFound("registry.enterprise.notFound", enterpriseId))
                    .id();
        }
        return new QuotaStanding(id, decide(id, year), used(id, year));
    }

    /** The people the enterprise has nominated for the year who still count against the quota. */
    public int used(long enterpriseId, int year) {
        return nominations.counted(enterpriseId, year, null);
    }
}
