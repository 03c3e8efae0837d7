package cn.gov.baotou.talent.servicesplan.quota.boundary;

import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;

/** An enterprise's quota for a year from its confirmed figures, and how many people it has nominated against it. */
public record QuotaStanding(long enterpriseId, QuotaDecision decision, int used) {

    public int remaining() {
        return Math.max(decision.quota() - used, 0);
    }
}
