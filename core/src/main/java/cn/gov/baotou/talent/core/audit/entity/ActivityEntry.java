package cn.gov.baotou.talent.core.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One step in a case's activity feed (流程记录): who did what when, from which state to which, with the reason or
 * review opinion (审批意见) and optionally the document it rests on. Written once, never changed or removed.
 */
@Entity
@Immutable
@Table(name = "core_activity")
public class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_activity_seq")
    @SequenceGenerator(name = "core_activity_seq", sequenceName = "core_activity_seq", allocationSize = 50)
    private Long id;

    /** The module's case kind, such as {@code intake.hire}. */
    @Column(name = "case_type", nullable = false, length = 40)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "from_state", length = 40)
    private String fromState;

    @Column(name = "to_state", length = 40)
    private String toState;

    @Column(length = 2000)
    private String reason;

    @Column(name = "document_id")
    private Long documentId;

    protected ActivityEntry() {}

    public ActivityEntry(
            String caseType,
            long caseId,
            Instant at,
            String actor,
            String action,
            String fromState,
            String toState,
            String reason,
            Long documentId) {
        this.caseType = caseType;
        this.caseId = caseId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.documentId = documentId;
    }

    public Long id() {
        return id;
    }

    public String caseType() {
        return caseType;
    }

    public long caseId() {
        return caseId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String reason() {
        return reason;
    }

    public Long documentId() {
        return documentId;
    }
}
