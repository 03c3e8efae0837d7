package cn.gov.baotou.talent.intake.recruitment.entity;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
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

/**
 * A candidate an event or a workstation brought (never both: the table checks it), with the enterprise interested in
 * them and how far they came. Only a name of the person is kept here, no ID number: a hire records the person.
 */
@Entity
@Table(name = "intake_candidate")
public class RecruitedCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_candidate_seq")
    @SequenceGenerator(name = "intake_candidate_seq", sequenceName = "intake_candidate_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private RecruitmentEvent event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workstation_id")
    private Workstation workstation;

    @Column(name = "full_name", nullable = false, length = 50)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Degree degree;

    @Column(nullable = false, length = 100)
    private String institution;

    @Column(nullable = false, length = 100)
    private String major;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CandidateStatus status;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RecruitedCandidate() {}

    public static RecruitedCandidate fromEvent(RecruitmentEvent event) {
        RecruitedCandidate c = new RecruitedCandidate();
        c.event = event;
        return c;
    }

    public static RecruitedCandidate fromWorkstation(Workstation workstation) {
        RecruitedCandidate c = new RecruitedCandidate();
        c.workstation = workstation;
        return c;
    }

    /** The candidate's details as now known; {@code enterprise} is the one interested, or null. */
    public RecruitedCandidate record(CandidateDetails d, Enterprise enterprise, String by, Instant at) {
        fullName = d.fullName();
        degree = d.degree();
        institution = d.institution();
        major = d.major();
        this.enterprise = enterprise;
        status = d.status();
        updatedBy = by;
        updatedAt = at;
        return this;
    }

    public Long id() {
        return id;
    }

    public SourceKind sourceKind() {
        return event != null ? SourceKind.EVENT : SourceKind.WORKSTATION;
    }

    public long sourceId() {
        return event != null ? event.id() : workstation.id();
    }

    public CandidateDetails details() {
        return new CandidateDetails(
                fullName, degree, institution, major, enterprise == null ? null : enterprise.id(), status);
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
