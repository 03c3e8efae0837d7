package cn.gov.baotou.talent.servicesplan.quota.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.EnterpriseScope;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * An enterprise's quota for a year from its confirmed figures only (services-plan.4), under the tiers of the version
 * in force that year, weighing only the standards its registered facts bring into the plan's scope (services-plan.3),
 * and how many of it the enterprise has used. Callers check that the enterprise is visible.
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

    @PersistenceContext
    EntityManager em;

    public EnterpriseQuota() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public EnterpriseQuota(EntityManager em, ServicesPlanStandards standards) {
        this.em = em;
        this.figures = new EnterpriseFigures(em);
        this.nominations = new Nominations(em);
        this.standards = standards;
    }

    /**
     * The quota before a filing: the enterprise's 高企 certificate weighed on the first day of the year's first
     * application window (services-plan.5.1), the day its first filing of the year could be made.
     */
    public QuotaDecision decide(long enterpriseId, int year) {
        Parameters p = standards.forYear(year);
        LocalDate firstWindow = ServicesPlanStandards.windows(p)
                .containingOrNext(LocalDate.of(year, 1, 1))
                .start();
        return decide(enterpriseId, year, firstWindow);
    }

    /** The quota of a filing made on {@code filedOn}: the enterprise's scope as it stands that day (services-plan.3). */
    public QuotaDecision decide(long enterpriseId, int year, LocalDate filedOn) {
        Parameters p = standards.forYear(year);
        Enterprise e = em.find(Enterprise.class, enterpriseId);
        return NominationQuota.decide(
                year,
                EnterpriseScope.of(e, filedOn).decide(p.money(ServicesPlanStandards.KEY_PROJECT_MIN)),
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
