package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.control.FundingSplit;
import cn.gov.baotou.talent.core.ledger.control.RequestFingerprint;
import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.ledger.control.UniqueViolation;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.Unprocessable;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 追回 (intake.6.3): the city office takes back part or all of what was paid on a grant, split back to each finance
 * in proportion to what it paid; all recoveries of a grant together never exceed what was paid, nor any finance's
 * share of them what that finance paid. A decision repeated with its idempotency key gets its first rows back; the
 * key is the sending account's own, and sent again with other fields it is a 422 naming {@code Idempotency-Key}.
 */
final class Clawback {

    private final FundingLedger ledger;
    private final Caller caller;

    Clawback(FundingLedger ledger) {
        this.ledger = ledger;
        this.caller = ledger.caller;
    }

    List<FundingRecovery> recover(long grantId, Yuan amount, LocalDate decidedOn, String reason, String key) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("recover funds");
        }
        new LedgerInput(ledger.today())
                .positive(amount, "amountYuan")
                .past(decidedOn, "decidedOn")
                .text(reason, "reason", 500)
                .idempotencyKey(key)
                .orRefuse();
        FundingGrant grant = ledger.grants
                .lockVisible(grantId, caller.visibility())
                .orElseThrow(() -> new NotFound("ledger.grant.notFound", String.valueOf(grantId)));
        String request = new RequestFingerprint()
                .field("amountYuan", amount)
                .field("decidedOn", decidedOn)
                .field("reason", reason)
                .sha256();
        List<FundingRecovery> first = ledger.recoveries.byKey(caller.getUsername(), key);
        if (!first.isEmpty()) {
            if (first.get(0).grantId() == grantId) {
                if (!first.get(0).sameRequest(request)) {
                    throw new Unprocessable(
                            LedgerInput.IDEMPOTENCY_KEY,
                            "ledger.idempotencyKey.otherRequest",
                            key,
                            String.valueOf(first.get(0).id()));
                }
                return first;
            }
            throw new Conflict(
                    "ledger.recovery.keyUsed", key, String.valueOf(first.get(0).grantId()));
        }
        Shares paid = Shares.NONE;
        for (FundingPayment p : ledger.payments.of(grantId)) {
            paid = paid.plus(p.financeLevel(), p.amount());
        }
        Shares before = Shares.NONE;
        for (FundingRecovery r : ledger.recoveries.of(grantId)) {
            before = before.plus(r.financeLevel(), r.amount());
        }
        Yuan left = paid.total().minus(before.total());
        if (amount.compareTo(left) > 0) {
            throw new InvalidInput(List.of(FieldError.of(
                    "amountYuan",
                    "ledger.recovery.exceeds",
                    amount.toString(),
                    left.toString(),
                    paid.total().toString(),
                    before.total().toString())));
        }
        Shares split = FundingSplit.recovery(amount, paid, before);
        List<FundingRecovery> rows = new ArrayList<>();
        for (FinanceLevel level : FinanceLevel.values()) {
            if (split.of(level).isPositive()) {
                FundingRecovery r = new FundingRecovery(
                        grantId,
                        level,
                        split.of(level),
                        decidedOn,
                        reason.strip(),
                        key,
                        caller.getUsername(),
                        ledger.clock.instant(),
                        request);
                ledger.recoveries.add(r);
                rows.add(r);
            }
        }
        grant.recovered();
        try {
            ledger.em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causedBy(e)
                    && !ledger.committed.recoveries(caller.getUsername(), key).isEmpty()) {
                throw new Conflict("ledger.recovery.concurrent", key);
            }
            throw e;
        }
        // every recovery booked, not only the first: the grant's recovered amount changed each time
        ledger.settled(grant);
        return rows;
    }
}
