package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.control.FundingOffer;
import cn.gov.baotou.talent.core.ledger.control.FundingPrecedence;
import cn.gov.baotou.talent.core.ledger.control.GrantSettled;
import cn.gov.baotou.talent.core.ledger.control.HeldGrant;
import cn.gov.baotou.talent.core.ledger.control.UniqueViolation;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.ledger.entity.GrantTerms;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.ledger.entity.Payments;
import cn.gov.baotou.talent.core.ledger.entity.Recoveries;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The one funding ledger every module books into, as a Java API (the REST resources use it too): grants weighed by
 * 资金支持不重复, payments each finance makes of its own share once, recoveries split back to the finances. A change
 * to a grant holds the grant's row lock, so changes to one grant happen one after another; the unique constraints
 * stay the last word, and a race they decide is answered by naming the row that won, never with a second row.
 */
@ApplicationScoped
@Transactional
public class FundingLedger {

    static final Logger LOG = Logger.getLogger(FundingLedger.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FundingPurposes purposes;

    @Inject
    CommittedRows committed;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Grants grants;

    @Inject
    Payments payments;

    @Inject
    Recoveries recoveries;

    @Inject
    Clock clock;

    @Inject
    Event<GrantSettled> settled;

    /** Tells the modules that a grant was paid in full or recovered ({@link GrantSettled}), in this transaction. */
    Consumer<GrantSettled> announce = e -> settled.fire(e);

    public FundingLedger() {}

    /**
     * For use outside the container (tests), with an entity manager whose transaction the caller runs; races are
     * answered from {@code committed}, which reads in transactions of its own. Nobody hears of settled grants.
     */
    public FundingLedger(
            EntityManager em, Caller caller, FundingPurposes purposes, CommittedRows committed, Clock clock) {
        this(em, caller, purposes, committed, clock, e -> {});
    }

    /** As above, with {@code announce} standing for the observers of {@link GrantSettled}. */
    public FundingLedger(
            EntityManager em,
            Caller caller,
            FundingPurposes purposes,
            CommittedRows committed,
            Clock clock,
            Consumer<GrantSettled> announce) {
        this.announce = announce;
        this.em = em;
        this.clock = clock;
        this.caller = caller;
        this.purposes = purposes;
        this.committed = committed;
        this.calendarDays = new CalendarDays(em);
        this.grants = new Grants(em);
        this.payments = new Payments(em);
        this.recoveries = new Recoveries(em);
    }

    /**
     * Books a grant (the city office only). Where the beneficiary holds one for the purpose already, precedence
     * decides: a newer version or a higher standard becomes the held grant's new terms while nothing of it is paid;
     * anything else is refused with {@link GrantRefused}, naming the held grant.
     */
    public FundingGrant grant(GrantRequest request) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("grant funds");
        }
        new GrantRequestCheck(em, purposes).check(request);
        BeneficiaryKind kind = request.beneficiaryKind();
        FundingGrant held = grants.held(kind, request.beneficiaryId(), request.purpose(), true)
                .orElse(null);
        Decision decision = FundingPrecedence.decide(held == null ? null : weighed(held), request.offer());
        if (!decision.granted()) {
            throw new GrantRefused(decision, held.id());
        }
        if (held != null) {
            held.amend(request.terms());
            return held;
        }
        Long enterprise = kind == BeneficiaryKind.ENTERPRISE ? request.beneficiaryId() : request.enterpriseId();
        FundingGrant grant = new FundingGrant(
                kind,
                request.beneficiaryId(),
                enterprise,
                request.purpose(),
                request.terms(),
                caller.getUsername(),
                clock.instant());
        try {
            grants.add(grant);
            em.flush();
            return grant;
        } catch (PersistenceException e) {
            throw raced(e, request);
        }
    }

    /** The payment of one finance's share: see {@link Disbursement} for who may pay what, and how repeats are met. */
    public FundingPayment recordPayment(
            long grantId, FinanceLevel level, Yuan amount, LocalDate paidOn, String reference, String idempotencyKey) {
        return new Disbursement(this).pay(grantId, level, amount, paidOn, reference, idempotencyKey);
    }

    /** A recovery decided by the city office: see {@link Clawback}. */
    public List<FundingRecovery> recordRecovery(
            long grantId, Yuan amount, LocalDate decidedOn, String reason, String idempotencyKey) {
        return new Clawback(this).recover(grantId, amount, decidedOn, reason, idempotencyKey);
    }

    /** The grant if the caller may see it; otherwise as if it did not exist. */
    public FundingGrant visible(long id) {
        return grants.visible(id, caller.visibility())
                .orElseThrow(() -> new NotFound("ledger.grant.notFound", String.valueOf(id)));
    }

    public List<FundingGrant> search(String districtCode, GrantStatus status, int first, int max) {
        return grants.search(caller.visibility(), districtCode, status, first, max);
    }

    public long count(String districtCode, GrantStatus status) {
        return grants.count(caller.visibility(), districtCode, status);
    }

    public List<FundingPayment> payments(long grantId) {
        return payments.of(visible(grantId).id());
    }

    public List<FundingRecovery> recoveries(long grantId) {
        return recoveries.of(visible(grantId).id());
    }

    /**
     * The due date "within {@code n} working days" of {@code basis} (intake.5.5: 10), from the calendar: provisional when
     * counted on the year after the last holiday notice, and then counted again when that notice is entered.
     */
    public Deadline workingDaysAfter(LocalDate basis, int n) {
        return calendarDays.calendar().deadline(basis, n, "basisDate");
    }

    static HeldGrant weighed(FundingGrant g) {
        GrantTerms t = g.terms();
        return new HeldGrant(
                g.id(),
                new FundingOffer(t.policyId(), t.clauseId(), t.versionFrom(), t.total()),
                t.basisDate(),
                g.status() != GrantStatus.COMMITTED);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Announces the grant's new status to the module that booked it. */
    void settled(FundingGrant g) {
        GrantTerms t = g.terms();
        announce.accept(new GrantSettled(g.id(), t.sourceModule(), t.sourceReference(), g.status()));
    }

    /** A grant that lost a race to a concurrent one for the same beneficiary and purpose: named, or to be repeated. */
    private RuntimeException raced(PersistenceException e, GrantRequest r) {
        if (!UniqueViolation.causedBy(e)) {
            return e;
        }
        FundingGrant winner = committed
                .grant(r.beneficiaryKind(), r.beneficiaryId(), r.purpose())
                .orElse(null);
        LOG.info(() -> "grant for " + r.beneficiaryKind() + " " + r.beneficiaryId() + " / " + r.purpose()
                + " refused by the unique constraint; committed meanwhile: " + (winner == null ? "none" : winner.id()));
        if (winner == null) {
            return new Conflict("ledger.grant.concurrent");
        }
        Decision d = FundingPrecedence.decide(weighed(winner), r.offer());
        return d.granted() ? new Conflict("ledger.grant.concurrent") : new GrantRefused(d, winner.id());
    }
}
