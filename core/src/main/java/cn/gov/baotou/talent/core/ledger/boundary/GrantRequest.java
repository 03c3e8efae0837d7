package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.ledger.control.FundingOffer;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.GrantTerms;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;

/**
 * What a module asks the ledger to book: who receives how much for which purpose, on which clause and policy
 * version, from which of its cases, split how between city and district finance (the split is the module's: 1:1 for
 * intake, see {@code FundingSplit.halves}), and by when it is due (see {@link FundingLedger#workingDaysAfter}).
 *
 * @param enterpriseId the enterprise whose case it is: the beneficiary itself, or the person's employer; it decides
 *     which enterprise account sees the grant
 * @param versionFrom the first day of the policy version whose standard {@code total} is
 * @param sourceModule the module that books it ({@code intake}), with its own case reference ({@code hire-17})
 */
public record GrantRequest(
        BeneficiaryKind beneficiaryKind,
        Long beneficiaryId,
        Long enterpriseId,
        String purpose,
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

    /** A grant due on a day set as it is, not counted in working days. */
    public GrantRequest(
            BeneficiaryKind beneficiaryKind,
            Long beneficiaryId,
            Long enterpriseId,
            String purpose,
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
        this(
                beneficiaryKind,
                beneficiaryId,
                enterpriseId,
                purpose,
                policyId,
                clauseId,
                versionFrom,
                sourceModule,
                sourceReference,
                districtCode,
                total,
                cityShare,
                districtShare,
                basisDate,
                dueDate == null ? null : Deadline.on(dueDate));
    }

    /** The due date, or null when none was given. */
    public LocalDate dueDate() {
        return due == null ? null : due.date();
    }

    GrantTerms terms() {
        return new GrantTerms(
                policyId,
                clauseId,
                versionFrom,
                sourceModule,
                sourceReference,
                districtCode,
                total,
                cityShare,
                districtShare,
                basisDate,
                due);
    }

    FundingOffer offer() {
        return new FundingOffer(policyId, clauseId, versionFrom, total);
    }
}
