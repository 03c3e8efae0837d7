package cn.gov.baotou.talent.servicesplan.figures.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
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
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An enterprise's 营业收入 or 项目投资额 of one year with the document that proves it; it decides a quota only once its
 * district office has confirmed it. {@code FigureStep} decides every change of state.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "svc_figure")
public class EnterpriseFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_figure_seq")
    @SequenceGenerator(name = "svc_figure_seq", sequenceName = "svc_figure_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Basis basis;

    @Column(name = "amount_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal amountYuan;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FigureStatus status;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    protected EnterpriseFigure() {}

    public EnterpriseFigure(Enterprise enterprise, int year, Basis basis) {
        this.enterprise = enterprise;
        this.districtCode = enterprise.district().code();
        this.fiscalYear = year;
        this.basis = basis;
    }

    /** The amount and its evidence as the enterprise entered them, waiting for its district office again. */
    public void enter(Yuan amount, long documentId, FigureStatus status, String by, Instant at) {
        this.amountYuan = amount.amount();
        this.documentId = documentId;
        this.status = status;
        this.enteredBy = by;
        this.enteredAt = at;
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.returnReason = null;
    }

    /** The district office's confirmation, or its return with the reason. */
    public void review(FigureStatus status, String reason, String by, Instant at) {
        this.status = status;
        this.returnReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.reviewedBy = by;
        this.reviewedAt = at;
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

    public int year() {
        return fiscalYear;
    }

    public Basis basis() {
        return basis;
    }

    public Yuan amount() {
        return new Yuan(amountYuan);
    }

    public long documentId() {
        return documentId;
    }

    public FigureStatus status() {
        return status;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String returnReason() {
        return returnReason;
    }
}
