package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * A support offered for a purpose, as precedence weighs it: the policy and clause it rests on, the first day of the
 * policy version whose standard it is, and the amount.
 */
public record FundingOffer(String policyId, String clauseId, LocalDate versionFrom, Yuan amount) {

    /** Two versions of one policy line: 时间从新 decides between them before any amount is compared. */
    boolean sameLine(FundingOffer other) {
        return policyId.equals(other.policyId);
    }
}
