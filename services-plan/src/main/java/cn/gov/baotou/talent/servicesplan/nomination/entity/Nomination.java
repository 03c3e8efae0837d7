package cn.gov.baotou.talent.servicesplan.nomination.entity;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * 推荐申请: an enterprise's nomination of its people in one window, under the quota of that year, on its way through the
 * review chain of services-plan.5. Its district is the enterprise's when filed. {@code NominationStep} decides every
 * change of state.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "svc_nomination")
public class Nomination {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_nomination_seq")
    @SequenceGenerator(name = "svc_nomination_seq", sequenceName = "svc_nomination_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "quota_year", nullable = false)
    private int quotaYear;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Column(nullable = false)
    private int quota;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Basis basis;

    @Column(name = "tier_clause_id", nullable = false, length = 60)
    private String tierClauseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NominationStatus status;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Nominee> nominees = new ArrayList<>();

    protected Nomination() {}

    public Nomination(Enterprise enterprise) {
        this.enterprise = enterprise;
        this.districtCode = enterprise.district().code();
    }

    /** Files (or files again, after a return) the nomination with its nominees, waiting for review. */
    public void file(Filing filing, List<NomineeDraft> drafts, NominationStatus status, String by) {
        this.appliedOn = filing.appliedOn();
        this.windowStart = filing.windowStart();
        this.windowEnd = filing.windowEnd();
        this.quotaYear = filing.quotaYear();
        this.quota = filing.quota();
        this.basis = filing.basis();
        this.tierClauseId = filing.tierClauseId();
        this.status = status;
        this.submittedBy = by;
        nominees.clear();
        for (NomineeDraft d : drafts) {
            nominees.add(new Nominee(this, nominees.size() + 1, d.person(), d.kind(), d.jobTitle(), d.contribution()));
        }
    }

    public void move(NominationStatus to) {
        this.status = to;
    }

    /** The meeting's decision: the nominees it approved, the others not. */
    public void decide(Meeting meeting, Set<Long> approvedNomineeIds, NominationStatus to) {
        this.meeting = meeting;
        this.status = to;
        nominees.forEach(n ->
                n.decide(approvedNomineeIds.contains(n.id()) ? NomineeOutcome.APPROVED : NomineeOutcome.NOT_APPROVED));
    }

    public void notified(LocalDate on, NominationStatus to) {
        this.notifiedOn = on;
        this.status = to;
    }

    public List<Nominee> approved() {
        return nominees.stream()
                .filter(n -> n.outcome() == NomineeOutcome.APPROVED)
                .toList();
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

    public int quotaYear() {
        return quotaYear;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    public int quota() {
        return quota;
    }

    public Basis basis() {
        return basis;
    }

    public String tierClauseId() {
        return tierClauseId;
    }

    public NominationStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Meeting meeting() {
        return meeting;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public List<Nominee> nominees() {
        return List.copyOf(nominees);
    }
}
