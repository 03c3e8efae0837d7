package cn.gov.baotou.talent.intake.recruitment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 推介引才活动: an event at a university (or elsewhere) where Baotou's enterprises present their demands. */
@Entity
@Table(name = "intake_recruitment_event")
public class RecruitmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_recruitment_event_seq")
    @SequenceGenerator(
            name = "intake_recruitment_event_seq",
            sequenceName = "intake_recruitment_event_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String university;

    @Column(length = 60)
    private String region;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = 100)
    private String organiser;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RecruitmentEvent() {}

    public RecruitmentEvent(EventDetails details, String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        revise(details);
    }

    public void revise(EventDetails d) {
        name = d.name();
        university = d.university();
        region = d.region();
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        organiser = d.organiser();
    }

    public EventDetails details() {
        return new EventDetails(name, university, region, startsOn, endsOn, organiser);
    }

    public Long id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
