package cn.gov.baotou.talent.rareearth.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An attachment (附件) of an application: a document in core's store, its title, who filed it and when. */
@Entity
@Immutable
@Table(name = "re_application_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_application_document_seq")
    @SequenceGenerator(
            name = "re_application_document_seq",
            sequenceName = "re_application_document_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "attached_by", nullable = false, length = 64)
    private String attachedBy;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected ApplicationDocument() {}

    public ApplicationDocument(long applicationId, long documentId, String title, String attachedBy, Instant at) {
        this.applicationId = applicationId;
        this.documentId = documentId;
        this.title = title;
        this.attachedBy = attachedBy;
        this.attachedAt = at;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public long documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
