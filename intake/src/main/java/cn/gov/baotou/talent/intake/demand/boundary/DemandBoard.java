package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandContent;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.Discipline;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import cn.gov.baotou.talent.intake.demand.entity.JobDemands;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Job demands as pages and the API work on them: an enterprise in the plan's scope drafts, revises and submits its
 * own, the city office publishes or returns them with its opinion (审批意见), and every step is written to the case's
 * activity feed and told to whom it concerns, in the same transaction. Reads are filtered by the caller's scope.
 */
@ApplicationScoped
@Transactional
public class DemandBoard {

    private static final int MAX_NOTICE = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    JobDemands demands;

    @Inject
    ActivityLog activity;

    @Inject
    Notifications notifications;

    @Inject
    IntakeStandards standards;

    Supplier<IntakeStandard> standard = () -> standards.on(standards.defaultDay(), "submittedOn");

    @Inject
    Clock clock;

    public DemandBoard() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public DemandBoard(EntityManager em, Caller caller, ActivityLog activity, IntakeStandard standard, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.demands = new JobDemands(em);
        this.activity = activity;
        this.notifications = new Notifications(em);
        this.standard = () -> standard;
        this.clock = clock;
    }

    /** A new draft of the caller's own enterprise, which must be in the plan's scope (intake.4). */
    public JobDemand create(DemandDraft draft) {
        if (!caller.is(Role.ENTERPRISE)) {
            throw new Forbidden("create demand");
        }
        Enterprise enterprise = em.find(Enterprise.class, caller.scope().enterpriseId());
        checkInScope(enterprise);
        JobDemand d = new JobDemand(enterprise, content(draft), caller.getUsername(), clock.instant());
        demands.add(d);
        activity.record(DemandWorkflow.CASE_TYPE, d.id(), "create", null, DemandStatus.DRAFT.name(), null);
        return d;
    }

    /** New content for a draft or returned demand of the caller's own enterprise. */
    public JobDemand revise(long id, DemandDraft draft) {
        JobDemand d = locked(id);
        DemandWorkflow.checkEditable(d.status(), caller.role());
        d.revise(content(draft));
        activity.record(
                DemandWorkflow.CASE_TYPE,
                id,
                "revise",
                d.status().name(),
                d.status().name(),
                null);
        return d;
    }

    /** One step of the workflow, with the opinion given; refused as {@link DemandWorkflow} says. */
    public JobDemand act(long id, DemandAction action, String opinion) {
        JobDemand d = locked(id);
        DemandStatus from = d.status();
        DemandStatus to = DemandWorkflow.next(from, action, caller.role(), opinion);
        if (action == DemandAction.SUBMIT) {
            checkInScope(d.enterprise());
        }
        String reason = opinion == null || opinion.isBlank() ? null : opinion.strip();
        d.moveTo(to, clock.instant(), LocalDate.now(clock), reason);
        activity.record(DemandWorkflow.CASE_TYPE, id, action.code(), from.name(), to.name(), reason);
        tell(d, action, reason);
        return d;
    }

    /** The demand if the caller may see it; otherwise as if it did not exist. */
    public JobDemand visible(long id) {
        return demands.visible(id, caller.visibility()).orElseThrow(() -> notFound(id));
    }

    public List<ActivityView> timeline(long id) {
        visible(id);
        return activity.entries(DemandWorkflow.CASE_TYPE, id);
    }

    public List<JobDemand> search(DemandStatus status, String districtCode, int first, int max) {
        return demands.search(caller.visibility(), status, districtCode, first, max);
    }

    public long count(DemandStatus status, String districtCode) {
        return demands.count(caller.visibility(), status, districtCode);
    }

    private JobDemand locked(long id) {
        JobDemand d = visible(id);
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        return d;
    }

    private static NotFound notFound(long id) {
        return new NotFound(new MessageRef(DemandWorkflow.BUNDLE, "demand.notFound"), String.valueOf(id));
    }

    private static DemandContent content(DemandDraft draft) {
        Set<String> codes = Disciplines.all().stream().map(Discipline::code).collect(Collectors.toSet());
        return draft.check(codes);
    }

    /** Both checks of intake.4 on the enterprise as the registry holds it today; each failed one is named. */
    private void checkInScope(Enterprise e) {
        EnterpriseFacts facts = new EnterpriseFacts(
                e.industry().code(), e.aboveDesignatedSize(), e.highTech(), new Yuan(e.keyProjectInvestmentYuan()));
        List<FieldError> errors = IntakeEligibility.enterpriseChecks(facts, standard.get()).stream()
                .filter(c -> !c.passed())
                .map(c -> new FieldError("enterprise", c.bundle(), c.messageKey(), c.arguments()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void tell(JobDemand d, DemandAction action, String reason) {
        Messages zh = Messages.in(Messages.CHINESE);
        String title = zh.get(
                DemandWorkflow.BUNDLE,
                "demand.notice." + action.code(),
                d.content().positionTitle());
        String body = reason == null ? title : title + "：" + reason;
        body = body.length() > MAX_NOTICE ? body.substring(0, MAX_NOTICE - 1) + "…" : body;
        String link = "/intake/demand.xhtml?id=" + d.id();
        Audience to = action == DemandAction.SUBMIT
                ? Audience.role(Role.CITY_OFFICE)
                : Audience.enterprise(d.enterprise().id());
        if (action != DemandAction.CLOSE || caller.is(Role.CITY_OFFICE)) {
            notifications.send(to, title, body, link, DemandWorkflow.CASE_TYPE, clock.instant());
        }
    }
}
