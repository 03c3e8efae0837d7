package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import java.time.Instant;
import java.time.LocalDate;

/** One finance's part of a recovery decision, as the API shows it. */
public record RecoveryView(
        long id,
        long grantId,
        FinanceLevel financeLevel,
        String amountYuan,
        LocalDate decidedOn,
        String reason,
        String decidedBy,
        Instant decidedAt) {

    static RecoveryView of(FundingRecovery r) {
        return new RecoveryView(
                r.id(),
                r.grantId(),
                r.financeLevel(),
                r.amount().toString(),
                r.decidedOn(),
                r.reason(),
                r.decidedBy(),
                r.decidedAt());
    }
}
