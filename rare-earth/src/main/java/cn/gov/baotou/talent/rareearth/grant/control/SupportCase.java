package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * One application as a rule weighs it: the measure, who would receive the money, the facts stated, the enterprise,
 * the day it is assessed on (the parameters of that day apply), the amount a reviewer decided, if any, with why, and
 * what the ledger holds for the beneficiary under the measure in other years (rare-earth.5's cap over the years).
 */
public record SupportCase(
        int measureNo,
        BeneficiaryKind beneficiary,
        ApplicationFacts facts,
        EnterpriseFacts enterprise,
        LocalDate assessedOn,
        Yuan decided,
        String decisionReason,
        Yuan grantedBefore) {

    /** A case with nothing granted in other years. */
    public SupportCase(
            int measureNo,
            BeneficiaryKind beneficiary,
            ApplicationFacts facts,
            EnterpriseFacts enterprise,
            LocalDate assessedOn,
            Yuan decided,
            String decisionReason) {
        this(measureNo, beneficiary, facts, enterprise, assessedOn, decided, decisionReason, Yuan.ZERO);
    }

    public String clauseId() {
        return "rare-earth." + measureNo;
    }

    /** The same case with an amount decided by a reviewer. */
    public SupportCase deciding(Yuan amount, String reason) {
        return new SupportCase(measureNo, beneficiary, facts, enterprise, assessedOn, amount, reason, grantedBefore);
    }
}
