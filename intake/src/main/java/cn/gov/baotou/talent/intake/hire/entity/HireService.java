package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Role;
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
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * One service owed to a hire (intake.3.2.3), owned by the city office for a PhD and by the district office for a
 * master, with its status and the owner's note.
 */
@Entity
@Audited
@Table(name = "intake_hire_service")
public class HireService {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_hire_service_seq")
    @SequenceGenerator(name = "intake_hire_service_seq", sequenceName = "intake_hire_service_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "hire_id", nullable = false)
    private long hireId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false, length = 20)
    private Role owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceStatus status;

    @Column(length = 500)
    private String note;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HireService() {}

    public HireService(long hireId, ServiceKind kind, Role owner) {
        this.hireId = hireId;
        this.kind = kind;
        this.owner = owner;
        this.status = ServiceStatus.OPEN;
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

    public long hireId() {
        return hireId;
    }

    public ServiceKind kind() {
        return kind;
    }

    public Role owner() {
        return owner;
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
