package cn.gov.baotou.talent.rareearth.record.entity;

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

/**
 * One case a recording measure keeps: its kind, what it is, with whom (the partner institute, the researcher's unit,
 * the projects served), whose enterprise and district, from when to when, how many people, and the terms agreed.
 */
@Entity
@Immutable
@Table(name = "re_record")
public class MeasureRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_record_seq")
    @SequenceGenerator(name = "re_record_seq", sequenceName = "re_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "measure_no", nullable = false)
    private int measureNo;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 200)
    private String counterpart;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    private Integer people;

    @Column(length = 4000)
    private String terms;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeasureRecord() {}

    public MeasureRecord(
            int measureNo,
            String kind,
            String title,
            String counterpart,
            Long enterpriseId,
            String districtCode,
            LocalDate startedOn,
            LocalDate endedOn,
            Integer people,
            String terms,
            String recordedBy,
            Instant recordedAt) {
        this.measureNo = measureNo;
        this.kind = kind;
        this.title = title;
        this.counterpart = counterpart;
        this.enterpriseId = enterpriseId;
        this.districtCode = districtCode;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.people = people;
        this.terms = terms;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public int measureNo() {
        return measureNo;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String counterpart() {
        return counterpart;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Integer people() {
        return people;
    }

    public String terms() {
        return terms;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
