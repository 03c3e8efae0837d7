package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import java.time.LocalDate;

/**
 * 逾期提醒: one finance's share of a grant, unpaid after its due date, as the API and the workbench show it.
 *
 * @param daysOverdue calendar days since the due date
 * @param workingDaysOverdue working days since the due date; null where the calendar lacks a year's notice
 */
public record OverdueShare(
        long grantId,
        FinanceLevel financeLevel,
        String districtCode,
        String beneficiaryKind,
        long beneficiaryId,
        String purpose,
        String amountYuan,
        LocalDate dueDate,
        boolean dueProvisional,
        long daysOverdue,
        Integer workingDaysOverdue) {

    static OverdueShare of(FundingGrant g, FinanceLevel level, long days, Integer workingDays) {
        return new OverdueShare(
                g.id(),
                level,
                g.terms().districtCode(),
                g.beneficiaryKind().name(),
                g.beneficiaryId(),
                g.purpose(),
                g.terms().share(level).toString(),
                g.terms().dueDate(),
                g.terms().dueProvisional(),
                days,
                workingDays);
    }
}
