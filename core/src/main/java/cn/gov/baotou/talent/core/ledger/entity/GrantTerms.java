package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * What a grant rests on and what it owes: the policy clause and version, the case that booked it, the district that
 * pays the district share, the amounts, and the dates. A higher standard replaces these terms, never the grant.
 */
public record GrantTerms(
        String policyId,
        String clauseId,
        LocalDate versionFrom,
        String sourceModule,
        String sourceReference,
        String districtCode,
        Yuan total,
        Yuan cityShare,
        Yuan districtShare,
        LocalDate basisDate,
        LocalDate dueDate) {

    public Yuan share(FinanceLevel level) {
        return level == FinanceLevel.CITY ? cityShare : districtShare;
    }
}
