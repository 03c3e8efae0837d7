package cn.gov.baotou.talent.servicesplan.service.entity;

import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One service item an approved nominee receives (services-plan.6.1), tracked by the department responsible for it;
 * the nominee's enterprise and district are copied so that every query filters by scope directly.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "svc_nominee_service")
public class NomineeService {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_nominee_service_seq")
    @SequenceGenerator(name = "svc_nominee_service_seq", sequenceName = "svc_nominee_service_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nominee_id")
    private Nominee nominee;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "item_code", nullable = false, length = 40)
    private String itemCode;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceStatus status = ServiceStatus.REQUESTED;

    @Column(length = 500)
    private String note;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NomineeService() {}

    public NomineeService(Nominee nominee, ServiceItem item) {
        this.nominee = nominee;
        this.enterpriseId = nominee.nomination().enterprise().id();
        this.districtCode = nominee.nomination().districtCode();
        this.itemCode = item.code();
        this.departmentCode = item.departmentCode();
    }

    public void update(ServiceStatus status, String note, String by, Instant at) {
        this.status = status;
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public Nominee nominee() {
        return nominee;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public ServiceStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
