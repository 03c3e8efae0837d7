package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.control.RequestFingerprint;
import cn.gov.baotou.talent.core.ledger.control.UniqueViolation;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.Unprocessable;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 拨付: a finance records that it paid its own share of a grant. City finance pays the city share of any grant, a
 * district finance the district share of its own district's grants (another district's grant does not exist for it),
 * and no other role pays. The amount is the share, exactly. A request repeated with its idempotency key, or sent
 * again while the first is still running, gets the first payment back; another key for a paid share is refused,
 * naming the payment. A key is the sending account's own: another account's request with the same key is a request of
 * its own, and the same account's key sent again with other fields is a 422 naming {@code Idempotency-Key}.
 */
final class Disbursement {

    private final FundingLedger ledger;
    private final Caller caller;

    Disbursement(FundingLedger ledger) {
        this.ledger = ledger;
        this.caller = ledger.caller;
    }

    FundingPayment pay(long grantId, FinanceLevel level, Yuan amount, LocalDate paidOn, String reference, String key) {
        if (!caller.is(Role.CITY_FINANCE, Role.DISTRICT_FINANCE)) {
            throw new Forbidden("record a payment");
        }
        new LedgerInput(ledger.today())
                .present(level, "financeLevel")
                .positive(amount, "amountYuan")
                .past(paidOn, "paidOn")
                .text(reference, "reference", 100)
                .idempotencyKey(key)
                .orRefuse();
        if (level != (caller.is(Role.CITY_FINANCE) ? FinanceLevel.CITY : FinanceLevel.DISTRICT)) {
            throw new Forbidden("pay the " + level + " share");
        }
        // waits here while another request changes the grant: then sees what it wrote
        FundingGrant grant = ledger.grants
                .lockVisible(grantId, caller.visibility())
                .orElseThrow(() -> new NotFound("ledger.grant.notFound", String.valueOf(grantId)));
        String request = new RequestFingerprint()
                .field("financeLevel", level)
                .field("amountYuan", amount)
                .field("paidOn", paidOn)
                .field("reference", reference)
                .sha256();
        Optional<FundingPayment> first = ledger.payments.byKey(caller.getUsername(), key);
        if (first.isPresent()) {
            return repeated(first.get(), grantId, request, key);
        }
        List<FundingPayment> made = ledger.payments.of(grantId);
        for (FundingPayment p : made) {
            if (p.financeLevel() == level) {
                throw sharePaid(p);
            }
        }
        Yuan share = grant.terms().share(level);
        if (!share.isPositive()) {
            throw new InvalidInput(List.of(FieldError.of("financeLevel", "ledger.payment.noShare", level.ordinal())));
        }
        if (amount.compareTo(share) != 0) {
            throw new InvalidInput(List.of(
                    FieldError.of("amountYuan", "ledger.payment.notShare", amount.toString(), share.toString())));
        }
        LocalDate basis = grant.terms().basisDate();
        if (paidOn.isBefore(basis)) {
            throw new InvalidInput(
                    List.of(FieldError.of("paidOn", "ledger.paidOn.beforeBasis", paidOn.toString(), basis.toString())));
        }
        FundingPayment payment = new FundingPayment(
                grantId,
                level,
                amount,
                paidOn,
                reference.strip(),
                key,
                caller.getUsername(),
                ledger.clock.instant(),
                request);
        Set<FinanceLevel> paid = EnumSet.of(level);
        made.forEach(p -> paid.add(p.financeLevel()));
        try {
            ledger.payments.add(payment);
            grant.paidBy(paid);
            ledger.em.flush();
        } catch (PersistenceException e) {
            throw raced(e, grantId, level, request, key);
        }
        if (grant.status() == GrantStatus.PAID) {
            // the last share: once per grant, since each share is paid once
            ledger.settled(grant);
        }
        return payment;
    }

    /** The caller's own key again: the first payment for the same request, else a refusal naming it. */
    private static FundingPayment repeated(FundingPayment first, long grantId, String request, String key) {
        if (first.grantId() != grantId) {
            throw keyUsed(first, key);
        }
        if (!first.sameRequest(request)) {
            throw otherRequest(first, key);
        }
        return first;
    }

    /**
     * A unique constraint refused the row: a concurrent request the grant lock did not hold back (the same key on
     * another grant) won. Its payment is named; this transaction can write nothing more.
     */
    private RuntimeException raced(
            PersistenceException e, long grantId, FinanceLevel level, String request, String key) {
        if (!UniqueViolation.causedBy(e)) {
            return e;
        }
        FundingLedger.LOG.info(() -> "payment of grant " + grantId + " " + level + " with key " + key
                + " refused by a unique constraint; answering from the committed rows");
        Optional<FundingPayment> byKey = ledger.committed.payment(caller.getUsername(), key);
        if (byKey.isPresent()) {
            FundingPayment p = byKey.get();
            if (p.grantId() != grantId) {
                return keyUsed(p, key);
            }
            return p.sameRequest(request) ? new Conflict("ledger.payment.concurrent", key) : otherRequest(p, key);
        }
        return ledger.committed
                .payment(grantId, level)
                .<RuntimeException>map(Disbursement::sharePaid)
                .orElseGet(() -> new Conflict("ledger.payment.concurrent", key));
    }

    private static Conflict sharePaid(FundingPayment p) {
        return new Conflict(
                "ledger.payment.sharePaid",
                String.valueOf(p.id()),
                p.financeLevel().ordinal(),
                p.amount().toString(),
                p.paidOn().toString(),
                p.reference());
    }

    private static Unprocessable otherRequest(FundingPayment p, String key) {
        return new Unprocessable(
                LedgerInput.IDEMPOTENCY_KEY, "ledger.idempotencyKey.otherRequest", key, String.valueOf(p.id()));
    }

    private static Conflict keyUsed(FundingPayment p, String key) {
        return new Conflict("ledger.payment.keyUsed", key, String.valueOf(p.id()), String.valueOf(p.grantId()));
    }
}
