package cn.gov.baotou.talent.rareearth.problem.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** An enterprise's bid for a key problem (揭榜): who would lead the team, how, and with what money. One per enterprise. */
@Entity
@Immutable
@Table(name = "re_key_problem_bid")
public class ProblemBid {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_key_problem_bid_seq")
    @SequenceGenerator(name = "re_key_problem_bid_seq", sequenceName = "re_key_problem_bid_seq", allocationSize = 50)
    private Long id;

    @Column(name = "problem_id", nullable = false)
    private long problemId;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "team_leader", nullable = false, length = 50)
    private String teamLeader;

    @Column(nullable = false, length = 4000)
    private String proposal;

    @Column(name = "budget_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    protected ProblemBid() {}

    public ProblemBid(
            long problemId,
            long enterpriseId,
            String districtCode,
            String teamLeader,
            String proposal,
            Yuan budget,
            LocalDate submittedOn,
            String submittedBy) {
        this.problemId = problemId;
        this.enterpriseId = enterpriseId;
        this.districtCode = districtCode;
        this.teamLeader = teamLeader;
        this.proposal = proposal;
        this.budget = budget.amount();
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
    }

    public Long id() {
        return id;
    }

    public long problemId() {
        return problemId;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String teamLeader() {
        return teamLeader;
    }

    public String proposal() {
        return proposal;
    }

    public Yuan budget() {
        return new Yuan(budget);
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }
}
