package cn.gov.baotou.talent.intake.hire.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * 年度跟踪评估考核 (intake.6.2), one per year of the service period and recorded once its anniversary has come: the
 * enterprise (履行承诺、薪酬待遇、服务保障) and the talent (履行职责、成果进展、工作业绩), each dimension graded, and each
 * side's overall result with a comment.
 */
@Entity
@Audited
@Table(name = "intake_evaluation")
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_evaluation_seq")
    @SequenceGenerator(name = "intake_evaluation_seq", sequenceName = "intake_evaluation_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "hire_id", nullable = false)
    private long hireId;

    @Column(name = "year_no", nullable = false)
    private int yearNo;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "enterprise_grade", length = 20)
    private Grade enterpriseGrade;

    @Column(name = "enterprise_comment", length = 1000)
    private String enterpriseComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "talent_grade", length = 20)
    private Grade talentGrade;

    @Column(name = "talent_comment", length = 1000)
    private String talentComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitments_grade", length = 20)
    private Grade commitmentsGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_grade", length = 20)
    private Grade payGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "services_grade", length = 20)
    private Grade servicesGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "duties_grade", length = 20)
    private Grade dutiesGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_grade", length = 20)
    private Grade resultsGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "performance_grade", length = 20)
    private Grade performanceGrade;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "evaluated_by", length = 64)
    private String evaluatedBy;

    protected Evaluation() {}

    public Evaluation(long hireId, int yearNo, LocalDate dueOn) {
        this.hireId = hireId;
        this.yearNo = yearNo;
        this.dueOn = dueOn;
    }

    public void record(
            EvaluationDimensions dimensions,
            Grade enterprise,
            String enterpriseComment,
            Grade talent,
            String talentComment,
            LocalDate on,
            String by) {
        this.commitmentsGrade = dimensions.commitments();
        this.payGrade = dimensions.pay();
        this.servicesGrade = dimensions.services();
        this.dutiesGrade = dimensions.duties();
        this.resultsGrade = dimensions.results();
        this.performanceGrade = dimensions.performance();
        this.enterpriseGrade = enterprise;
        this.enterpriseComment = enterpriseComment;
        this.talentGrade = talent;
        this.talentComment = talentComment;
        this.evaluatedOn = on;
        this.evaluatedBy = by;
    }

    public boolean done() {
        return evaluatedOn != null;
    }

    public Long id() {
        return id;
    }

    public long hireId() {
        return hireId;
    }

    public int yearNo() {
        return yearNo;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Grade enterpriseGrade() {
        return enterpriseGrade;
    }

    public String enterpriseComment() {
        return enterpriseComment;
    }

    public Grade talentGrade() {
        return talentGrade;
    }

    public String talentComment() {
        return talentComment;
    }

    public EvaluationDimensions dimensions() {
        return new EvaluationDimensions(
                commitmentsGrade, payGrade, servicesGrade, dutiesGrade, resultsGrade, performanceGrade);
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public String evaluatedBy() {
        return evaluatedBy;
    }
}
