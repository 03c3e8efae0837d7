package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * 资金支持: what the platform owes one beneficiary for one purpose, split between city and district finance. The
 * database keeps one per beneficiary and purpose; a higher standard amends it while nothing is paid.
 */
@Entity
@Audited
@Table(name = "core_grant")
public class FundingGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_grant_seq")
    @SequenceGenerator(name = "core_grant_seq", sequenceName = "core_grant_seq", allocationSize = 1)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary_kind", nullable = false, length = 10)
    private BeneficiaryKind beneficiaryKind;

    @Column(name = "beneficiary_id", nullable = false)
    private long beneficiaryId;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(nullable = false, length = 60)
    private String purpose;

    @Column(name = "policy_id", nullable = false, length = 40)
    private String policyId;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(name = "version_from", nullable = false)
    private LocalDate versionFrom;

    @Column(name = "source_module", nullable = false, length = 20)
    private String sourceModule;

    @Column(name = "source_reference", nullable = false, length = 60)
    private String sourceReference;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "total_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal total;

    @Column(name = "city_share_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal cityShare;

    @Column(name = "district_share_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal districtShare;

    @Column(name = "basis_date", nullable = false)
    private LocalDate basisDate;

    /** Null where the clause sets no deadline: such a grant is never overdue. */
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** How many working days after the basis date it is due; null for a date set as it is. */
    @Column(name = "due_working_days")
    private Integer dueWorkingDays;

    /** Counted on a year whose holiday notice is not entered yet (预计): counted again when it is. */
    @Column(name = "due_provisional", nullable = false)
    private boolean dueProvisional;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GrantStatus status;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected FundingGrant() {}

    public FundingGrant(
            BeneficiaryKind kind,
            long beneficiaryId,
            Long enterpriseId,
            String purpose,
            GrantTerms terms,
            String grantedBy,
            Instant grantedAt) {
        this.beneficiaryKind = kind;
        this.beneficiaryId = beneficiaryId;
        this.enterpriseId = enterpriseId;
        this.purpose = purpose;
        this.status = GrantStatus.COMMITTED;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        amend(terms);
    }

    /** New terms (a newer version or a higher standard): only while nothing is paid, which the ledger checks. */
    public void amend(GrantTerms terms) {
        this.policyId = terms.policyId();
        this.clauseId = terms.clauseId();
        this.versionFrom = terms.versionFrom();
        this.sourceModule = terms.sourceModule();
        this.sourceReference = terms.sourceReference();
        this.districtCode = terms.districtCode();
        this.total = terms.total().amount();
        this.cityShare = terms.cityShare().amount();
        this.districtShare = terms.districtShare().amount();
        this.basisDate = terms.basisDate();
        due(terms.due());
    }

    /**
     * The due date counted again on a calendar that now has the notice (or a corrected one): whether it moved or stopped
     * being provisional, the caller tells who owes it.
     */
    public void due(Deadline due) {
        this.dueDate = due == null ? null : due.date();
        this.dueWorkingDays = due == null ? null : due.workingDays();
        this.dueProvisional = due != null && due.provisional();
    }

    /** Paid in part or in full, from the finances that have paid their share so far. */
    public void paidBy(Set<FinanceLevel> paid) {
        this.status = paid.containsAll(payers()) ? GrantStatus.PAID : GrantStatus.PARTLY_PAID;
    }

    public void recovered() {
        this.status = GrantStatus.RECOVERED;
    }

    /** The finances with a share to pay: a grant paid by the city alone has no district share. */
    public List<FinanceLevel> payers() {
        return Arrays.stream(FinanceLevel.values())
                .filter(l -> terms().share(l).isPositive())
                .toList();
    }

    public GrantTerms terms() {
        return new GrantTerms(
                policyId,
                clauseId,
                versionFrom,
                sourceModule,
                sourceReference,
                districtCode,
                new Yuan(total),
                new Yuan(cityShare),
                new Yuan(districtShare),
                basisDate,
                dueDate == null
                        ? null
                        : new Deadline(
                                dueWorkingDays == null ? null : basisDate, dueWorkingDays, dueDate, dueProvisional));
    }

    public Long id() {
        return id;
    }

    public BeneficiaryKind beneficiaryKind() {
        return beneficiaryKind;
    }

    public long beneficiaryId() {
        return beneficiaryId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String purpose() {
        return purpose;
    }

    public GrantStatus status() {
        return status;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
