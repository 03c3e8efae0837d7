package cn.gov.baotou.talent.rareearth.training.entity;

import cn.gov.baotou.talent.rareearth.training.control.TrainingRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A talent a university or vocational school trained for the rare-earth industry, as its import row said. */
@Entity
@Immutable
@Table(name = "re_training_record")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_training_record_seq")
    @SequenceGenerator(name = "re_training_record_seq", sequenceName = "re_training_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(nullable = false, length = 100)
    private String institution;

    @Column(name = "institution_kind", nullable = false, length = 20)
    private String institutionKind;

    @Column(name = "trainee_name", nullable = false, length = 50)
    private String traineeName;

    @Column(name = "student_no", nullable = false, length = 40)
    private String studentNo;

    @Column(name = "talent_type", nullable = false, length = 20)
    private String talentType;

    @Column(name = "training_mode", nullable = false, length = 20)
    private String trainingMode;

    @Column(nullable = false, length = 100)
    private String major;

    @Column(name = "partner_enterprise_id")
    private Long partnerEnterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    protected TrainingRecord() {}

    public TrainingRecord(long batchId, TrainingRow r) {
        this.batchId = batchId;
        this.institution = r.institution();
        this.institutionKind = r.institutionKind();
        this.traineeName = r.traineeName();
        this.studentNo = r.studentNo();
        this.talentType = r.talentType();
        this.trainingMode = r.trainingMode();
        this.major = r.major();
        this.partnerEnterpriseId = r.partnerEnterpriseId();
        this.districtCode = r.districtCode();
        this.completedOn = r.completedOn();
    }

    public Long id() {
        return id;
    }

    public long batchId() {
        return batchId;
    }

    public String institution() {
        return institution;
    }

    public String institutionKind() {
        return institutionKind;
    }

    public String traineeName() {
        return traineeName;
    }

    public String studentNo() {
        return studentNo;
    }

    public String talentType() {
        return talentType;
    }

    public String trainingMode() {
        return trainingMode;
    }

    public String major() {
        return major;
    }

    public String districtCode() {
        return districtCode;
    }

    public Long partnerEnterpriseId() {
        return partnerEnterpriseId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
