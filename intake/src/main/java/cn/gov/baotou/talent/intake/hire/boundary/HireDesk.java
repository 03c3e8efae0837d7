package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.boundary.PersonRegistry;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import cn.gov.baotou.talent.core.sheet.control.Sheet;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreements;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Evaluation;
import cn.gov.baotou.talent.intake.hire.entity.Evaluations;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireService;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The hire lifecycle's one transactional façade, shared by the REST API and the pages: reads within the caller's
 * scope, and every step of {@link HireWorkflow} with its activity entry, audit revision and notices in the same
 * transaction. The steps themselves are in {@link Submission}, {@link Review}, {@link Signing}, {@link FollowUp} and
 * {@link Leaving}, a bulk upload in {@link BulkSubmission}; refused steps change nothing.
 */
@ApplicationScoped
@Transactional
public class HireDesk {

    @Inject
    Hires hires;

    @Inject
    HireServices services;

    @Inject
    Evaluations evaluations;

    @Inject
    JointAgreements agreements;

    @Inject
    Documents documents;

    @Inject
    Persons persons;

    @Inject
    PersonRegistry registry;

    @Inject
    FundingLedger ledger;

    @Inject
    TalentRecords talents;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    IntakeStandards standards;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public HireDesk() {}

    /** For use outside the container (tests): every collaborator given, over one entity manager's transaction. */
    public HireDesk(HireDeskParts parts) {
        parts.fill(this);
    }

    /** The case as it stands: reading writes nothing (the ledger's payments move it, see {@link PaidSubsidies}). */
    public Hire visible(long id) {
        return hires.visible(id, caller.visibility()).orElseThrow(() -> notFound(id));
    }

    /** The case as its page and the API show it, read in one transaction. */
    public HireDetail detail(long id, Messages messages) {
        return new HireDetails(this).of(visible(id), messages);
    }

    public List<Hire> search(HireStatus status, Degree degree, String district, int first, int max) {
        return hires.search(caller.visibility(), status, degree, district, first, max);
    }

    public long count(HireStatus status, Degree degree, String district) {
        return hires.count(caller.visibility(), status, degree, district);
    }

    /** The hires over the "原则上" age limit, approved or waiting (for the city office's list and reports). */
    public List<Hire> exceptions() {
        return hires.exceptions(caller.visibility());
    }

    /** The hires whose services the caller coordinates: a city office's PhDs, a district office's masters. */
    public List<Hire> inService() {
        Degree degree = caller.is(Role.CITY_OFFICE) ? Degree.DOCTOR : Degree.MASTER;
        return caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE)
                ? hires.inService(caller.visibility(), degree)
                : List.of();
    }

    public List<HireService> services(long id) {
        return services.of(visible(id).id());
    }

    public List<Evaluation> evaluations(long id) {
        return evaluations.of(visible(id).id());
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(HireWorkflow.CASE_TYPE, visible(id).id());
    }

    /** The subsidy's grant in the ledger, once the agreement booked it. */
    public FundingGrant grant(Hire h) {
        return h.progress().grantId() == null
                ? null
                : ledger.visible(h.progress().grantId());
    }

    public List<FundingPayment> payments(Hire h) {
        return h.progress().grantId() == null
                ? List.of()
                : ledger.payments(h.progress().grantId());
    }

    public Hire submit(HireForm form) {
        return new Submission(this).submit(form);
    }

    /**
     * The rows of an uploaded sheet submitted all at once in this one transaction, or none of them: see {@link
     * BulkSubmission}. {@code tracker} records how far it has come, in transactions of its own.
     */
    public HireImportResult importSheet(
            String fileName, Sheet sheet, int maxRows, ImportTracker tracker, String ticket) {
        return new BulkSubmission(this).submit(fileName, sheet, maxRows, tracker, ticket);
    }

    public Hire approveException(long id, String reason) {
        return new Review(this).approveException(id, reason);
    }

    public Hire verify(long id, String opinion) {
        return new Review(this).verify(id, opinion);
    }

    public Hire reject(long id, String reason) {
        return new Review(this).reject(id, reason);
    }

    public Hire signAgreement(long id, LocalDate signedOn, Long documentId, String opinion) {
        return new Signing(this).sign(id, signedOn, documentId, opinion);
    }

    /** The caller's finance records its own half of the subsidy: see {@link Disbursal}. */
    public Hire payShare(long id, LocalDate paidOn, String reference, String idempotencyKey) {
        return new Disbursal(this).pay(id, paidOn, reference, idempotencyKey);
    }

    public Hire startService(long id, String note) {
        return new FollowUp(this).startService(id, note);
    }

    public Hire complete(long id, String note) {
        return new FollowUp(this).complete(id, note);
    }

    public Hire recordTerms(long id, Yuan topUp, Yuan annualSalary, String note) {
        return new FollowUp(this).terms(id, topUp, annualSalary, note);
    }

    public HireService updateService(long id, ServiceKind kind, ServiceStatus status, String note) {
        return new FollowUp(this).service(id, kind, status, note);
    }

    public Evaluation recordEvaluation(long id, int yearNo, EvaluationForm form) {
        return new FollowUp(this).evaluate(id, yearNo, form);
    }

    public Hire reportDeparture(long id, DepartureKind kind, LocalDate departedOn, String reason) {
        return new Leaving(this).report(id, kind, departedOn, reason);
    }

    /** The default recovery of a departed hire (null before the departure). */
    public RecoveryProposal recoveryProposal(Hire h) {
        return new Leaving(this).proposal(h);
    }

    /** What the ledger holds as recovered from the hire's subsidy. */
    public Yuan recovered(Hire h) {
        return new Leaving(this).recovered(h);
    }

    public Hire decideRecovery(long id, Yuan amount, String reason) {
        return new Leaving(this).decide(id, amount, reason);
    }

    /**
     * One step of the table on a visible case, locked: the role (403), the case (404), the state (409), then
     * {@code change}, which may refuse too; the new state and the activity entry are written together.
     */
    Hire step(long id, HireAction action, String reason, Long documentId, Consumer<Hire> change) {
        HireWorkflow.permit(action, caller.role());
        Hire h = hires.lockVisible(id, caller.visibility()).orElseThrow(() -> notFound(id));
        HireStatus from = h.status();
        HireStatus to = HireWorkflow.next(action, from);
        change.accept(h);
        h.moveTo(to);
        activity.record(HireWorkflow.CASE_TYPE, id, action.name(), from.name(), to.name(), reason, documentId);
        return h;
    }

    /** A text of intake's bundle in Chinese, as activity entries and notices keep it. */
    String message(String key, Object... arguments) {
        return Messages.in(Messages.CHINESE).get(IntakeEligibility.BUNDLE, key, arguments);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Tells an audience about a hire, in Chinese, with a link to the case. */
    void tell(Audience to, String notice, Hire h, Object... arguments) {
        Messages zh = Messages.in(Messages.CHINESE);
        notices.send(
                to,
                zh.get(
                        IntakeEligibility.BUNDLE,
                        "notice." + notice + ".title",
                        h.person().name()),
                zh.get(IntakeEligibility.BUNDLE, "notice." + notice + ".body", prepend(h, arguments)),
                "/intake/hires/hire.xhtml?id=" + h.id(),
                "intake");
    }

    private static Object[] prepend(Hire h, Object[] arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = h.person().name();
        all[1] = h.enterprise().name();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return all;
    }

    static NotFound notFound(long id) {
        return new NotFound(new MessageRef(IntakeEligibility.BUNDLE, "hire.notFound"), String.valueOf(id));
    }
}
