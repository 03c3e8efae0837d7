package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
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
import java.time.LocalDate;

/**
 * 岗位需求: one position an enterprise wants filled under the plan, from its draft through the city office's review to
 * the public catalog and its closing. Its content changes only while the enterprise holds it (draft or returned).
 */
@Entity
@Table(name = "intake_job_demand")
public class JobDemand {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_job_demand_seq")
    @SequenceGenerator(name = "intake_job_demand_seq", sequenceName = "intake_job_demand_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "position_title", nullable = false, length = 100)
    private String positionTitle;

    @Column(nullable = false)
    private int headcount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Degree degree;

    @Column(name = "discipline_code", nullable = false, length = 2)
    private String disciplineCode;

    @Column(nullable = false, length = 200)
    private String majors;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 30)
    private WorkType workType;

    @Column(nullable = false, length = 2000)
    private String duties;

    @Column(name = "salary_min_yuan", precision = 18, scale = 2)
    private BigDecimal salaryMinYuan;

    @Column(name = "salary_max_yuan", precision = 18, scale = 2)
    private BigDecimal salaryMaxYuan;

    @Column(name = "work_location", nullable = false, length = 100)
    private String workLocation;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 100)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DemandStatus status;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected JobDemand() {}

    public JobDemand(Enterprise enterprise, DemandContent content, String createdBy, Instant createdAt) {
        this.enterprise = enterprise;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = DemandStatus.DRAFT;
        revise(content);
    }

    /** New content; the workflow has checked that the enterprise holds the demand. */
    public void revise(DemandContent c) {
        positionTitle = c.positionTitle();
        headcount = c.headcount();
        degree = c.degree();
        disciplineCode = c.disciplineCode();
        majors = c.majors();
        workType = c.workType();
        duties = c.duties();
        salaryMinYuan = c.salaryMin() == null ? null : c.salaryMin().amount();
        salaryMaxYuan = c.salaryMax() == null ? null : c.salaryMax().amount();
        workLocation = c.workLocation();
        contactPhone = c.contactPhone();
        contactEmail = c.contactEmail();
    }

    /** Moves to the state the workflow allowed, keeping when it happened and the reason of a return. */
    public void moveTo(DemandStatus to, Instant at, LocalDate day, String reason) {
        switch (to) {
            case SUBMITTED -> {
                submittedAt = at;
                returnReason = null;
            }
            case PUBLISHED -> publishedOn = day;
            case RETURNED -> returnReason = reason;
            case CLOSED -> closedAt = at;
            case DRAFT -> throw new IllegalArgumentException("a demand never goes back to draft");
        }
        status = to;
    }

    public DemandContent content() {
        return new DemandContent(
                positionTitle,
                headcount,
                degree,
                disciplineCode,
                majors,
                workType,
                duties,
                salaryMinYuan == null ? null : new Yuan(salaryMinYuan),
                salaryMaxYuan == null ? null : new Yuan(salaryMaxYuan),
                workLocation,
                contactPhone,
                contactEmail);
    }

    public Long id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public DemandStatus status() {
        return status;
    }

    public String returnReason() {
        return returnReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
