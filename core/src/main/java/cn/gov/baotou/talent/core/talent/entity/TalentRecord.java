package cn.gov.baotou.talent.core.talent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * 人才档案: a person taken up by a programme — brought in as a PhD by intake, nominated by the services plan, engaged
 * as a 候鸟式 engineer — at an enterprise in a district, from a date until they leave. Modules write it; others and the
 * reports count it without knowing the module (rare-earth counts intake's PhDs of rare-earth enterprises here).
 */
@Entity
@Audited
@Table(name = "core_talent_record")
public class TalentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_talent_record_seq")
    @SequenceGenerator(name = "core_talent_record_seq", sequenceName = "core_talent_record_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(nullable = false, length = 40)
    private String programme;

    @Column(nullable = false, length = 40)
    private String category;

    @Column(name = "policy_id", nullable = false, length = 40)
    private String policyId;

    @Column(name = "clause_id", nullable = false, length = 60)
    private String clauseId;

    @Column(name = "source_module", nullable = false, length = 40)
    private String sourceModule;

    @Column(name = "source_ref", nullable = false, length = 60)
    private String sourceRef;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 40)
    private String endReason;

    protected TalentRecord() {}

    public TalentRecord(TalentEntry entry) {
        this.personId = entry.personId();
        this.enterpriseId = entry.enterpriseId();
        this.districtCode = entry.districtCode();
        this.programme = entry.programme();
        this.category = entry.category();
        this.policyId = entry.policyId();
        this.clauseId = entry.clauseId();
        this.sourceModule = entry.sourceModule();
        this.sourceRef = entry.sourceRef();
        this.startedOn = entry.startedOn();
    }

    public void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String programme() {
        return programme;
    }

    public String category() {
        return category;
    }

    public String policyId() {
        return policyId;
    }

    public String clauseId() {
        return clauseId;
    }

    public String sourceModule() {
        return sourceModule;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }
}
