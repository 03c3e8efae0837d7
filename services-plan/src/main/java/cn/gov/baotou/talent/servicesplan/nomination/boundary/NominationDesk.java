package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationFilter;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Nominations (推荐申请) from filing to the city office's review, shared by the REST API and the pages: every step of
 * {@link NominationStep} by its one role, within the caller's scope, with its activity entry (and opinion), audit
 * revision and notices in the same transaction. Filing itself is {@link NominationFiling}; the meeting's decision and
 * the feedback are {@code MeetingDesk}'s. Refused steps change nothing.
 */
@ApplicationScoped
@Transactional
public class NominationDesk {

    static final String LINK = "/services-plan/nominations.xhtml?id=";
    /** At most as many enterprises as a page's list can offer; the registry holds the city's key enterprises. */
    static final int PAPER_ENTERPRISES = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Nominations nominations;

    @Inject
    EnterpriseQuota quota;

    @Inject
    ServicesPlanStandards standards;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public NominationDesk() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public NominationDesk(
            EntityManager em, Caller caller, ServicesPlanStandards standards, Notices notices, Clock clock) {
        this.em = em;
        this.nominations = new Nominations(em);
        this.quota = new EnterpriseQuota(em, standards);
        this.standards = standards;
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.notices = notices;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Files a nomination: the caller's enterprise's on the platform's day, or — by the city office alone — one an
     * enterprise filed on paper, of the enterprise named, dated and with its reason kept in the timeline
     * (services-plan.5.1). Its district office is told.
     */
    public Nomination submit(NominationForm form) {
        NominationStep step = caller.is(Role.CITY_OFFICE) ? NominationStep.PAPER_SUBMIT : NominationStep.SUBMIT;
        Transitions.permit(step, caller.role());
        long enterpriseId =
                step.paper() ? paperEnterprise(form) : caller.scope().enterpriseId();
        Enterprise enterprise = em.find(Enterprise.class, enterpriseId, LockModeType.PESSIMISTIC_WRITE);
        Nomination n = new Nomination(enterprise);
        filing().file(n, step, null, form);
        nominations.add(n);
        recorded(n, step, null, step.paper() ? form.reason().strip() : null);
        return Nominations.loaded(n);
    }

    /**
     * Files a returned nomination again, corrected; it keeps the window it was first filed in. The enterprise does so
     * on the platform's day; the city office enters a corrected filing made on paper, with its day and reason.
     */
    public Nomination resubmit(long id, NominationForm form) {
        NominationStep step = caller.is(Role.CITY_OFFICE) ? NominationStep.PAPER_RESUBMIT : NominationStep.RESUBMIT;
        Transitions.permit(step, caller.role());
        Nomination n = locked(id);
        em.find(Enterprise.class, n.enterprise().id(), LockModeType.PESSIMISTIC_WRITE);
        NominationStatus from = n.status();
        filing().file(n, step, from, form);
        recorded(n, step, from, step.paper() ? form.reason().strip() : null);
        return Nominations.loaded(n);
    }

    /** The enterprises the city office may enter a paper filing for: the whole registry, by district and name. */
    public List<Enterprise> paperEnterprises() {
        Transitions.permit(NominationStep.PAPER_SUBMIT, caller.role());
        return new Enterprises(em).search(Visibility.EVERYTHING, null, null, 0, PAPER_ENTERPRISES);
    }

    /** The enterprise a paper filing is entered for: one of the registry, named by its id. */
    private long paperEnterprise(NominationForm form) {
        FormInput in = new FormInput();
        Long id = in.id("enterpriseId", form.enterpriseId(), true);
        in.check();
        if (em.find(Enterprise.class, id) == null) {
            throw new InvalidInput(List.of(ServicesPlanText.error("enterpriseId", "filing.paper.enterprise", id)));
        }
        return id;
    }

    /** A review step of the district office (pass or return) or the city office (pass to the meeting or return). */
    public Nomination review(long id, NominationStep step, String opinion) {
        if (step.files() || step == NominationStep.DECIDE || step == NominationStep.NOTIFY) {
            throw new IllegalArgumentException("not a review step: " + step);
        }
        Transitions.permit(step, caller.role());
        Nomination n = locked(id);
        NominationStatus from = n.status();
        n.move(Transitions.next(step, from, opinion, "nomination"));
        recorded(n, step, from, opinion);
        return Nominations.loaded(n);
    }

    public Nomination visible(long id) {
        return Nominations.loaded(new NominationLookup(nominations, caller).visible(id));
    }

    public List<Nomination> search(NominationStatus status, Integer year, int first, int max) {
        List<Nomination> found = nominations.search(caller.visibility(), status, year, first, max);
        found.forEach(Nominations::loaded);
        return found;
    }

    public long count(NominationStatus status) {
        return nominations.count(caller.visibility(), status);
    }

    /** A page of the nominations in the caller's scope that the filter lets through, in the order asked for. */
    public List<Nomination> find(NominationFilter filter, ListOrder order, int first, int max) {
        List<Nomination> found = nominations.search(caller.visibility(), filter, order, first, max);
        found.forEach(Nominations::loaded);
        return found;
    }

    public long count(NominationFilter filter) {
        return nominations.count(caller.visibility(), filter);
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(NominationStep.CASE_TYPE, visible(id).id());
    }

    /** What the caller may do with the nomination now: the buttons a page shows. */
    public List<NominationStep> available(long id) {
        return Transitions.available(NominationStep.class, visible(id).status(), caller.role());
    }

    private Nomination locked(long id) {
        return new NominationLookup(nominations, caller).locked(id);
    }

    private NominationFiling filing() {
        return new NominationFiling(em, nominations, quota, standards, caller, clock);
    }

    private void recorded(Nomination n, NominationStep step, NominationStatus from, String opinion) {
        activity.record(
                NominationStep.CASE_TYPE,
                n.id(),
                step.name(),
                from == null ? null : from.name(),
                n.status().name(),
                opinion);
        PlanNotices tell = new PlanNotices(notices);
        String key = "notice.nomination." + step.name();
        String name = n.enterprise().name();
        String number = String.valueOf(n.id());
        String link = LINK + n.id();
        String text = opinion == null ? "" : opinion.strip();
        switch (step) {
            case SUBMIT, RESUBMIT ->
                tell.tell(Audience.district(Role.DISTRICT_OFFICE, n.districtCode()), key, link, name, number);
            case PAPER_SUBMIT, PAPER_RESUBMIT -> {
                tell.tell(Audience.district(Role.DISTRICT_OFFICE, n.districtCode()), key, link, name, number, text);
                tell.tell(Audience.enterprise(n.enterprise().id()), key, link, name, number, text);
            }
            case DISTRICT_PASS -> {
                tell.tell(Audience.role(Role.CITY_OFFICE), key, link, name, number);
                tell.tell(Audience.enterprise(n.enterprise().id()), key, link, name, number);
            }
            case CITY_PASS, DISTRICT_RETURN ->
                tell.tell(Audience.enterprise(n.enterprise().id()), key, link, name, number, text);
            case CITY_RETURN -> {
                tell.tell(Audience.enterprise(n.enterprise().id()), key, link, name, number, text);
                tell.tell(Audience.district(Role.DISTRICT_OFFICE, n.districtCode()), key, link, name, number, text);
            }
            default -> throw new IllegalStateException("told elsewhere: " + step);
        }
    }
}
