package cn.gov.baotou.talent.intake.eligibility.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;

/** What puts an enterprise in the plan's scope (intake.4): its industry, and 规上, 高企 or a key project's investment. */
public record EnterpriseFacts(
        String industryCode, boolean aboveDesignatedSize, boolean highTech, Yuan keyProjectInvestment) {

    public static final String OTHER_INDUSTRY = "OTHER";

    public EnterpriseFacts {
        keyProjectInvestment = keyProjectInvestment == null ? Yuan.ZERO : keyProjectInvestment;
    }
}
