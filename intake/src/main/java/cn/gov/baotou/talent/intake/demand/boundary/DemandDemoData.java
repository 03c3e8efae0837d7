package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.setup.control.ModuleSeed;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.Discipline;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo job demands ({@code seeds/demo/job-demands.csv}) of the demo enterprises, loaded once into an empty table
 * after core's demo data: published ones in the catalog, some awaiting review, one returned, each with its timeline.
 */
@ApplicationScoped
public class DemandDemoData implements ModuleSeed {

    static final String FILE = "seeds/demo/job-demands.csv";
    private static final Logger LOG = Logger.getLogger(DemandDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityLog activity;

    public DemandDemoData() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public DemandDemoData(EntityManager em, ActivityLog activity) {
        this.em = em;
        this.activity = activity;
    }

    @Override
    @Transactional
    public void loadDemoData() {
        if (em.createQuery("select count(d) from JobDemand d", Long.class).getSingleResult() > 0) {
            return;
        }
        Set<String> disciplines =
                Disciplines.all().stream().map(Discipline::code).collect(Collectors.toSet());
        int loaded = 0;
        for (Map<String, String> r : new SeedFiles(DemandDemoData.class.getClassLoader()).csv(FILE)) {
            load(r, disciplines);
            loaded++;
        }
        LOG.info("demo data loaded: " + loaded + " job demands (synthetic)");
    }

    private void load(Map<String, String> r, Set<String> disciplines) {
        Enterprise e = em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                .setParameter("c", r.get("enterpriseCreditCode"))
                .getSingleResult();
        DemandStatus status = DemandStatus.valueOf(r.get("status"));
        LocalDate published =
                r.get("publishedOn").isEmpty() ? LocalDate.of(2022, 5, 30) : LocalDate.parse(r.get("publishedOn"));
        LocalDate drafted = published.minusDays(5);
        JobDemand d = new JobDemand(e, draft(r).check(disciplines), "system", at(drafted));
        em.persist(d);
        activity.record(DemandWorkflow.CASE_TYPE, d.id(), "create", null, DemandStatus.DRAFT.name(), null);
        d.moveTo(DemandStatus.SUBMITTED, at(drafted.plusDays(1)), drafted.plusDays(1), null);
        step(d, DemandAction.SUBMIT, DemandStatus.DRAFT, null);
        String opinion = r.get("opinion").isEmpty() ? null : r.get("opinion");
        if (status == DemandStatus.PUBLISHED || status == DemandStatus.RETURNED) {
            d.moveTo(status, at(published), published, opinion);
            step(
                    d,
                    status == DemandStatus.PUBLISHED ? DemandAction.PUBLISH : DemandAction.RETURN,
                    DemandStatus.SUBMITTED,
                    opinion);
        }
    }

    private void step(JobDemand d, DemandAction action, DemandStatus from, String opinion) {
        activity.record(
                DemandWorkflow.CASE_TYPE,
                d.id(),
                action.code(),
                from.name(),
                d.status().name(),
                opinion);
    }

    private static DemandDraft draft(Map<String, String> r) {
        return new DemandDraft(
                r.get("positionTitle"),
                r.get("headcount"),
                r.get("degree"),
                r.get("disciplineCode"),
                r.get("majors"),
                r.get("workType"),
                r.get("duties"),
                r.get("salaryMinYuan"),
                r.get("salaryMaxYuan"),
                r.get("workLocation"),
                r.get("contactPhone"),
                r.get("contactEmail"));
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Beijing.ZONE).toInstant();
    }
}
