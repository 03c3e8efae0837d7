package cn.gov.baotou.talent.core.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: when, and by whom (the signed-in account, or "system" for start-up and jobs). */
@Entity
@Table(name = "core_revision")
@RevisionEntity(RevisionCaller.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_revision_seq")
    @SequenceGenerator(name = "core_revision_seq", sequenceName = "core_revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(nullable = false, length = 64)
    private String username;

    public long id() {
        return id;
    }

    public Instant changedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String username() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    void setChangedAt(long epochMillis) {
        this.changedAt = epochMillis;
    }
}
