package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationAction;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationWorkflow;
import cn.gov.baotou.talent.rareearth.grant.control.DecisiveDay;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationReaders;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.Applications;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.Measures;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Applications under the paying measures, from submission to the ledger: an enterprise (or the city office on its
 * behalf) applies, the measure's lead department reviews, the city office decides and its approval books the grant.
 * Every step is checked against the state machine and recorded in the case's activity feed in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ApplicationDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Applications applications;

    @Inject
    Measures measures;

    @Inject
    Caller caller;

    @Inject
    ActivityLog activity;

    @Inject
    FundingLedger ledger;

    @Inject
    FundingPurposes purposes;

    @Inject
    PolicyParameters parameters;

    @Inject
    TalentRecords talents;

    @Inject
    Notices notices;

    @Inject
    ApplicantNames names;

    @Inject
    Clock clock;

    public ApplicationDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ApplicationDesk(
            EntityManager em,
            Caller caller,
            ActivityLog activity,
            FundingLedger ledger,
            FundingPurposes purposes,
            Notices notices,
            Clock clock) {
        this.em = em;
        this.applications = new Applications(em);
        this.measures = new Measures(em);
        this.caller = caller;
        this.activity = activity;
        this.ledger = ledger;
        this.purposes = purposes;
        this.parameters = new PolicyParameters(em);
        this.talents = new TalentRecords(em);
        this.notices = notices;
        this.names = new ApplicantNames(em);
        this.clock = clock;
    }

    public SupportApplication submit(ApplicationForm form) {
        ApplicationWorkflow.permit(ApplicationAction.SUBMIT, caller.role());
        FormCheck.Checked c = FormCheck.check(form);
        Enterprise e = new Applicant(em, caller).enterprise(form.enterpriseId());
        decisive(DecisiveDay.of(c.measureNo(), c.facts(), today()), today());
        Long person = c.kind() == BeneficiaryKind.PERSON
                ? new Applicant(em, caller).person(c.personName(), c.idNumber())
                : null;
        Measure m = measures.byNumber(c.measureNo()).orElseThrow();
        ApplicationStatus first =
                ApplicationWorkflow.next(ApplicationAction.SUBMIT, null, m.reviewDepartment() != null);
        SupportApplication a = new SupportApplication(
                m.number(),
                first,
                e.id(),
                e.district().code(),
                c.kind(),
                person,
                c.facts(),
                today(),
                caller.getUsername());
        applications.add(a);
        activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), "SUBMIT", null, first.name(), null);
        tell(a, "SUBMIT", null);
        return a;
    }

    /**
     * Refuses a claimed fact dated after the day of application, and a decisive day no parameter version covers
     * (core's ParameterNotCovered names the measure's parameter and the periods of its versions).
     */
    private void decisive(DecisiveDay day, LocalDate submittedOn) {
        if (day.ofFact() && day.day().isAfter(submittedOn)) {
            throw new InvalidInput(List.of(
                    RareEarthMessages.error(day.field(), "application.fact.afterSubmission", day.day(), submittedOn)));
        }
        parameters.at(day.day(), day.field()).value(day.key());
    }

    /** A review step by the measure's lead department or the city office; see {@link Review}. */
    public SupportApplication review(long id, ReviewForm form) {
        return new Review(this).apply(id, form);
    }

    public SupportApplication visible(long id) {
        return find(id, false);
    }

    /** The application if the caller may read it, locked until the transaction ends (its steps follow one another). */
    public SupportApplication locked(long id) {
        return find(id, true);
    }

    public Decision decision(SupportApplication a) {
        return rules().decide(a);
    }

    public List<SupportApplication> search(Integer measure, ApplicationStatus status, int first, int max) {
        return applications.search(readers(), measure, status, first, max);
    }

    public long count(Integer measure, ApplicationStatus status) {
        return applications.count(readers(), measure, status);
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(ApplicationWorkflow.CASE_TYPE, visible(id).id());
    }

    /** What the caller may do with the application now: the actions its page offers. */
    public List<ApplicationAction> actions(SupportApplication a) {
        Role role = caller.role();
        if (role == Role.DEPARTMENT && !reviews(a)) {
            return List.of();
        }
        return ApplicationWorkflow.available(a.status(), role);
    }

    /** Tells the applicant enterprise and the measure's lead department about a step. */
    void tell(SupportApplication a, String step, String opinion) {
        String reviewer = measures.byNumber(a.measureNo()).orElseThrow().reviewDepartment();
        new ApplicationNotices(notices).tell(a, reviewer, names.enterprise(a), step, opinion);
    }

    SupportApplication find(long id, boolean lock) {
        return applications
                .visible(id, readers(), lock)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("application.notFound"), id));
    }

    boolean reviews(SupportApplication a) {
        String dept = caller.scope() == null ? null : caller.scope().departmentCode();
        return dept != null
                && dept.equals(measures.byNumber(a.measureNo()).orElseThrow().reviewDepartment());
    }

    ApplicationReaders readers() {
        if (caller.is(Role.DEPARTMENT)) {
            String dept = caller.scope().departmentCode();
            if (dept == null) {
                throw new Forbidden("read applications");
            }
            return new ApplicationReaders(caller.visibility(), dept);
        }
        return new ApplicationReaders(caller.visibility(), null);
    }

    ApplicationRules rules() {
        return new ApplicationRules(em, parameters);
    }

    Booking booking() {
        return new Booking(ledger, purposes, new Grants(em));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
