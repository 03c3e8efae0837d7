package cn.gov.baotou.talent.rareearth.problem.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key technical problem run as 揭榜挂帅: what it is, its field, the district that joins in (if any), the money put
 * in, until when bids are taken, and as it goes the appointed lead bid and the result.
 */
@Entity
@Table(name = "re_key_problem")
public class KeyProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_key_problem_seq")
    @SequenceGenerator(name = "re_key_problem_seq", sequenceName = "re_key_problem_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RareEarthField field;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "budget_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    @Column(name = "bids_due", nullable = false)
    private LocalDate bidsDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KeyProblemStatus status;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "lead_bid_id")
    private Long leadBidId;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @Column(length = 4000)
    private String result;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    protected KeyProblem() {}

    public KeyProblem(
            String title,
            String description,
            RareEarthField field,
            String districtCode,
            Yuan budget,
            LocalDate bidsDue,
            LocalDate publishedOn,
            String publishedBy) {
        this.title = title;
        this.description = description;
        this.field = field;
        this.districtCode = districtCode;
        this.budget = budget.amount();
        this.bidsDue = bidsDue;
        this.status = KeyProblemStatus.PUBLISHED;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
    }

    public void moveTo(KeyProblemStatus next) {
        this.status = next;
    }

    public void appoint(long bidId, LocalDate on) {
        this.leadBidId = bidId;
        this.appointedOn = on;
    }

    public void conclude(String result, LocalDate on) {
        this.result = result;
        this.concludedOn = on;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public RareEarthField field() {
        return field;
    }

    public String districtCode() {
        return districtCode;
    }

    public Yuan budget() {
        return new Yuan(budget);
    }

    public LocalDate bidsDue() {
        return bidsDue;
    }

    public KeyProblemStatus status() {
        return status;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Long leadBidId() {
        return leadBidId;
    }

    public LocalDate appointedOn() {
        return appointedOn;
    }

    public String result() {
        return result;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }
}
