package cn.gov.baotou.talent.servicesplan.quota.boundary;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * An enterprise's quota for a year from its confirmed figures only (services-plan.4), under the tiers of the version
 * in force that year, and how many of it the enterprise has used. Callers check that the enterprise is visible.
 */
@ApplicationScoped
public class EnterpriseQuota {

    @Inject
    EnterpriseFigures figures;

    @Inject
    Nominations nominations;

    @Inject
    ServicesPlanStandards standards;

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

    /** The people the enterprise has nominated for the year who still count against the quota. */
    public int used(long enterpriseId, int year) {
        return nominations.counted(enterpriseId, year, null);
    }
}
