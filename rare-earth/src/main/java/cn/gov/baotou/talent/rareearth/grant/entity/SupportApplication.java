package cn.gov.baotou.talent.rareearth.grant.entity;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
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
import java.time.LocalDate;

/**
 * An application under a paying measure: the enterprise that applies (whose district and users see it), for itself or
 * for a person, the facts stated, and as it is reviewed the amount decided, the reason, and the ledger's grant — or the
 * grant the ledger named when it refused.
 */
@Entity
@Table(name = "re_application")
public class SupportApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_application_seq")
    @SequenceGenerator(name = "re_application_seq", sequenceName = "re_application_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "measure_no", nullable = false)
    private int measureNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary_kind", nullable = false, length = 10)
    private BeneficiaryKind beneficiaryKind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "decided_yuan", precision = 18, scale = 2)
    private BigDecimal decidedYuan;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "grant_id")
    private Long grantId;

    @Column(name = "held_grant_id")
    private Long heldGrantId;

    private StatedFacts facts;

    protected SupportApplication() {}

    public SupportApplication(
            int measureNo,
            ApplicationStatus status,
            long enterpriseId,
            String districtCode,
            BeneficiaryKind beneficiaryKind,
            Long personId,
            ApplicationFacts facts,
            LocalDate submittedOn,
            String submittedBy) {
        this.measureNo = measureNo;
        this.status = status;
        this.enterpriseId = enterpriseId;
        this.districtCode = districtCode;
        this.beneficiaryKind = beneficiaryKind;
        this.personId = personId;
        this.facts = new StatedFacts(facts);
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
    }

    /** Moves to the next state; the workflow has checked it may. */
    public void moveTo(ApplicationStatus next) {
        this.status = next;
    }

    /** The amount a reviewer decided, and why. */
    public void decideAmount(Yuan amount, String reason) {
        this.decidedYuan = amount == null ? null : amount.amount();
        this.decisionReason = reason;
    }

    public void booked(long grantId, LocalDate on) {
        this.grantId = grantId;
        this.decidedOn = on;
    }

    public void refusedFor(long heldGrantId, LocalDate on) {
        this.heldGrantId = heldGrantId;
        this.decidedOn = on;
    }

    public void closedOn(LocalDate on) {
        this.decidedOn = on;
    }

    public Long id() {
        return id;
    }

    public int measureNo() {
        return measureNo;
    }

    public ApplicationStatus status() {
        return status;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public BeneficiaryKind beneficiaryKind() {
        return beneficiaryKind;
    }

    public Long personId() {
        return personId;
    }

    public ApplicationFacts facts() {
        return facts.toFacts();
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Yuan decidedYuan() {
        return decidedYuan == null ? null : new Yuan(decidedYuan);
    }

    public String decisionReason() {
        return decisionReason;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Long grantId() {
        return grantId;
    }

    public Long heldGrantId() {
        return heldGrantId;
    }
}
