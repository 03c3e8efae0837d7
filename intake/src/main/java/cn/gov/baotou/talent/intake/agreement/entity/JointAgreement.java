package cn.gov.baotou.talent.intake.agreement.entity;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * 联合招引协议 (intake.5.1): an enterprise's agreement with its district government (管委会) to take part in the plan,
 * valid from its signing to its end (both included). Only an enterprise holding one on a day may submit hires that day.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "intake_joint_agreement")
public class JointAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_joint_agreement_seq")
    @SequenceGenerator(
            name = "intake_joint_agreement_seq",
            sequenceName = "intake_joint_agreement_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected JointAgreement() {}

    /** An agreement with the enterprise's own district, where the enterprise belongs. */
    public JointAgreement(
            Enterprise enterprise,
            LocalDate signedOn,
            LocalDate validTo,
            Long documentId,
            String recordedBy,
            Instant recordedAt) {
        this.enterprise = enterprise;
        this.districtCode = enterprise.district().code();
        this.signedOn = signedOn;
        this.validTo = validTo;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(signedOn) && !day.isAfter(validTo);
    }

    public Long id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Long documentId() {
        return documentId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
