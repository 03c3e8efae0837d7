package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.GrantTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant as the API shows it; one grant read alone comes with its payments and recoveries, a page without. {@code
 * dueProvisional}: the due date was counted on the year after the last holiday notice (预计) and may still move.
 */
public record GrantView(
        long id,
        String beneficiaryKind,
        long beneficiaryId,
        Long enterpriseId,
        String purpose,
        String purposeName,
        String policyId,
        String clauseId,
        LocalDate versionFrom,
        String sourceModule,
        String sourceReference,
        String districtCode,
        String totalYuan,
        String cityShareYuan,
        String districtShareYuan,
        LocalDate basisDate,
        LocalDate dueDate,
        boolean dueProvisional,
        String status,
        String grantedBy,
        Instant grantedAt,
        List<PaymentView> payments,
        List<RecoveryView> recoveries) {

    static GrantView of(FundingGrant g, String purposeName, List<PaymentView> payments, List<RecoveryView> recoveries) {
        GrantTerms t = g.terms();
        return new GrantView(
                g.id(),
                g.beneficiaryKind().name(),
                g.beneficiaryId(),
                g.enterpriseId(),
                g.purpose(),
                purposeName,
                t.policyId(),
                t.clauseId(),
                t.versionFrom(),
                t.sourceModule(),
                t.sourceReference(),
                t.districtCode(),
                t.total().toString(),
                t.cityShare().toString(),
                t.districtShare().toString(),
                t.basisDate(),
                t.dueDate(),
                t.dueProvisional(),
                g.status().name(),
                g.grantedBy(),
                g.grantedAt(),
                payments,
                recoveries);
    }
}
