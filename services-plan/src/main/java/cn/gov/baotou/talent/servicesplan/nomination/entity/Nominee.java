package cn.gov.baotou.talent.servicesplan.nomination.entity;

import cn.gov.baotou.talent.core.registry.entity.Person;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 推荐人员: a person of the registry an enterprise nominates, why, and what the meeting decided for them. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "svc_nominee")
public class Nominee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_nominee_seq")
    @SequenceGenerator(name = "svc_nominee_seq", sequenceName = "svc_nominee_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NomineeKind kind;

    @Column(name = "job_title", nullable = false, length = 100)
    private String jobTitle;

    @Column(nullable = false, length = 1000)
    private String contribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NomineeOutcome outcome = NomineeOutcome.PENDING;

    protected Nominee() {}

    Nominee(Nomination nomination, int ordinal, Person person, NomineeKind kind, String jobTitle, String contribution) {
        this.nomination = nomination;
        this.ordinal = ordinal;
        this.person = person;
        this.kind = kind;
        this.jobTitle = jobTitle;
        this.contribution = contribution;
    }

    void decide(NomineeOutcome outcome) {
        this.outcome = outcome;
    }

    public Long id() {
        return id;
    }

    public Nomination nomination() {
        return nomination;
    }

    public Person person() {
        return person;
    }

    public int ordinal() {
        return ordinal;
    }

    public NomineeKind kind() {
        return kind;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String contribution() {
        return contribution;
    }

    public NomineeOutcome outcome() {
        return outcome;
    }
}
