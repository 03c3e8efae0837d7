package cn.gov.baotou.talent.rareearth.problem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A milestone the lead reports on its way to the result (攻关节点): what was reached, when, and a note. */
@Entity
@Immutable
@Table(name = "re_key_problem_milestone")
public class ProblemMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_key_problem_milestone_seq")
    @SequenceGenerator(
            name = "re_key_problem_milestone_seq",
            sequenceName = "re_key_problem_milestone_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "problem_id", nullable = false)
    private long problemId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "reached_on", nullable = false)
    private LocalDate reachedOn;

    @Column(length = 2000)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProblemMilestone() {}

    public ProblemMilestone(
            long problemId, String title, LocalDate reachedOn, String note, String reportedBy, Instant reportedAt) {
        this.problemId = problemId;
        this.title = title;
        this.reachedOn = reachedOn;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Long id() {
        return id;
    }

    public long problemId() {
        return problemId;
    }

    public String title() {
        return title;
    }

    public LocalDate reachedOn() {
        return reachedOn;
    }

    public String note() {
        return note;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
