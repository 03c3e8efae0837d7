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

/** 域外人才工作站: a post outside Baotou, hosted by an institution there, that finds talent for the city's enterprises. */
@Entity
@Table(name = "intake_workstation")
public class Workstation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_workstation_seq")
    @SequenceGenerator(name = "intake_workstation_seq", sequenceName = "intake_workstation_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String region;

    @Column(name = "host_institution", nullable = false, length = 100)
    private String hostInstitution;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 100)
    private String contactEmail;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Workstation() {}

    public Workstation(WorkstationDetails details, String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        revise(details);
    }

    public void revise(WorkstationDetails d) {
        name = d.name();
        region = d.region();
        hostInstitution = d.hostInstitution();
        contactPhone = d.contactPhone();
        contactEmail = d.contactEmail();
        activeFrom = d.activeFrom();
        activeTo = d.activeTo();
    }

    public WorkstationDetails details() {
        return new WorkstationDetails(name, region, hostInstitution, contactPhone, contactEmail, activeFrom, activeTo);
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
