package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import java.time.Instant;
import java.time.LocalDate;

/** A payment as the API shows it; the idempotency key stays with the finance that chose it. */
public record PaymentView(
        long id,
        long grantId,
        FinanceLevel financeLevel,
        String amountYuan,
        LocalDate paidOn,
        String reference,
        String recordedBy,
        Instant recordedAt) {

    static PaymentView of(FundingPayment p) {
        return new PaymentView(
                p.id(),
                p.grantId(),
                p.financeLevel(),
                p.amount().toString(),
                p.paidOn(),
                p.reference(),
                p.recordedBy(),
                p.recordedAt());
    }
}
