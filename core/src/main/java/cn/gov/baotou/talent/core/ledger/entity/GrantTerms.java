package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * What a grant rests on and what it owes: the policy clause and version, the case that booked it, the district that
 * pays the district share, the amounts, and the dates: the basis, and the due date ({@code due}: counted in working
 * days from the basis, and provisional while it runs through a year whose holiday notice is not entered; null where
 * the clause sets no deadline, and then never overdue). A higher standard replaces these terms, never the grant.
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
        Deadline due) {

    /** The day by which each share is due; null when the clause sets none. */
    public LocalDate dueDate() {
        return due == null ? null : due.date();
    }

    /** Whether the due date was counted on provisional days (never when there is none). */
    public boolean dueProvisional() {
        return due != null && due.provisional();
    }

    public Yuan share(FinanceLevel level) {
        return level == FinanceLevel.CITY ? cityShare : districtShare;
    }
}
