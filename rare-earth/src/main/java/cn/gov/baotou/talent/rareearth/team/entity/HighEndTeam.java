package cn.gov.baotou.talent.rareearth.team.entity;

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
import java.time.LocalDate;

/** A high-end talent team an enterprise brought in, its field, its leader and the terms agreed case by case. */
@Entity
@Table(name = "re_team")
public class HighEndTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_team_seq")
    @SequenceGenerator(name = "re_team_seq", sequenceName = "re_team_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RareEarthField field;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(name = "leader_name", nullable = false, length = 50)
    private String leaderName;

    @Column(nullable = false)
    private int members;

    @Column(name = "introduced_on", nullable = false)
    private LocalDate introducedOn;

    @Column(nullable = false, length = 4000)
    private String terms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeamStatus status;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    protected HighEndTeam() {}

    public HighEndTeam(
            String name,
            RareEarthField field,
            long enterpriseId,
            String districtCode,
            String leaderName,
            int members,
            LocalDate introducedOn,
            String terms,
            String reportedBy) {
        this.name = name;
        this.field = field;
        this.enterpriseId = enterpriseId;
        this.districtCode = districtCode;
        this.leaderName = leaderName;
        this.members = members;
        this.introducedOn = introducedOn;
        this.terms = terms;
        this.status = TeamStatus.REPORTED;
        this.reportedBy = reportedBy;
    }

    /** The city office's decision on a reported team. */
    public void decide(boolean confirmed, String by, LocalDate on, String note) {
        this.status = confirmed ? TeamStatus.CONFIRMED : TeamStatus.DECLINED;
        this.decidedBy = by;
        this.decidedOn = on;
        this.decisionNote = note;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RareEarthField field() {
        return field;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public String leaderName() {
        return leaderName;
    }

    public int members() {
        return members;
    }

    public LocalDate introducedOn() {
        return introducedOn;
    }

    public String terms() {
        return terms;
    }

    public TeamStatus status() {
        return status;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
