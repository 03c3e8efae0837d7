package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * 拟录用人员: one person an enterprise intends to hire under the plan, from submission to the end of the service period
 * or departure. Its district and industry are the enterprise's at submission; its eligibility and subsidy are those
 * decided then, with their checks. {@code HireWorkflow} decides every change of state.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "intake_hire")
public class Hire {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_hire_seq")
    @SequenceGenerator(name = "intake_hire_seq", sequenceName = "intake_hire_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "industry_code", nullable = false, length = 40)
    private String industryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Embedded
    private HireFacts facts;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HireStatus status;

    @Embedded
    private HireEligibility eligibility;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "intake_hire_check", joinColumns = @JoinColumn(name = "hire_id"))
    @OrderColumn(name = "check_no")
    private List<StoredCheck> checks = new ArrayList<>();

    @Embedded
    private HireCase progress = new HireCase();

    protected Hire() {}

    public Hire(
            Enterprise enterprise,
            Person person,
            HireFacts facts,
            LocalDate submittedOn,
            String submittedBy,
            IntakeDecision decision) {
        this.enterprise = enterprise;
        this.districtCode = enterprise.district().code();
        this.industryCode = enterprise.industry().code();
        this.person = person;
        this.facts = facts;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        this.status = HireStatus.SUBMITTED;
        this.eligibility = new HireEligibility(decision);
        decision.decision().checks().forEach(c -> checks.add(StoredCheck.of(c)));
    }

    /** The state the workflow decided; the boundary records the step in the activity feed. */
    public void moveTo(HireStatus next) {
        this.status = next;
    }

    public List<Check> checks(String bundle) {
        return checks.stream().map(c -> c.toCheck(bundle)).toList();
    }

    /** Everything after submission: exception, agreement, terms, departure and recovery. */
    public HireCase progress() {
        if (progress == null) {
            progress = new HireCase();
        }
        return progress;
    }

    /** May be verified: eligible, or only over the age limit with the city office's recorded exception. */
    public boolean verifiable() {
        return eligibility.eligible()
                || (eligibility.exceptionRequired() && progress().exceptionApproved());
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

    public String industryCode() {
        return industryCode;
    }

    public Person person() {
        return person;
    }

    public HireFacts facts() {
        return facts;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public HireStatus status() {
        return status;
    }

    public HireEligibility eligibility() {
        return eligibility;
    }

    static BigDecimal amount(Yuan y) {
        return y == null ? null : y.amount();
    }
}
