package cn.gov.baotou.talent.core.document.entity;

import cn.gov.baotou.talent.core.document.control.ContentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An uploaded file as the platform knows it: its SHA-256 (which names the bytes on disk), the type its content showed,
 * and the district and/or enterprise whose users may read it. Never changed once stored.
 */
@Entity
@Immutable
@Table(name = "core_document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_document_seq")
    @SequenceGenerator(name = "core_document_seq", sequenceName = "core_document_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Document() {}

    public Document(
            StoredFile file,
            String fileName,
            DocumentKind kind,
            String districtCode,
            Long enterpriseId,
            String uploadedBy,
            Instant uploadedAt) {
        this.sha256 = file.sha256();
        this.contentType = file.type().mediaType();
        this.size = file.size();
        this.fileName = fileName;
        this.kind = kind;
        this.districtCode = districtCode;
        this.enterpriseId = enterpriseId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public ContentType contentType() {
        return ContentType.ofMediaType(contentType).orElseThrow();
    }

    public long size() {
        return size;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
