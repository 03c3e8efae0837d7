package cn.gov.baotou.talent.rareearth.measure.entity;

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
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A document the closing paragraph asks for, filed against a measure: a department's 细则 or 办事流程, or a
 * district's 配套措施, with the uploaded file in core's document store. Never changed; a new issue is a new row.
 */
@Entity
@Immutable
@Table(name = "re_measure_document")
public class MeasureDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_measure_document_seq")
    @SequenceGenerator(name = "re_measure_document_seq", sequenceName = "re_measure_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "measure_no", nullable = false)
    private int measureNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureDocumentKind kind;

    @Column(name = "department_code", length = 30)
    private String departmentCode;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeasureDocument() {}

    /** Filed by {@code departmentCode} (细则, 办事流程) or by {@code districtCode} (配套措施), never both. */
    public MeasureDocument(
            int measureNo,
            MeasureDocumentKind kind,
            String departmentCode,
            String districtCode,
            String title,
            LocalDate issuedOn,
            long documentId,
            String recordedBy,
            Instant recordedAt) {
        if ((kind == MeasureDocumentKind.DISTRICT_MEASURES) != (districtCode != null && departmentCode == null)) {
            throw new IllegalArgumentException("配套措施 are a district's, 细则 and 办事流程 a department's: " + kind);
        }
        this.measureNo = measureNo;
        this.kind = kind;
        this.departmentCode = departmentCode;
        this.districtCode = districtCode;
        this.title = title;
        this.issuedOn = issuedOn;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public int measureNo() {
        return measureNo;
    }

    public MeasureDocumentKind kind() {
        return kind;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public String title() {
        return title;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public long documentId() {
        return documentId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
