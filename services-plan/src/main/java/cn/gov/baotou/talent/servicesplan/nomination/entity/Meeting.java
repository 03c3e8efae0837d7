package cn.gov.baotou.talent.servicesplan.nomination.entity;

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

/** 市委人才办会议 (services-plan.5.3): the meeting that decided a list of nominations, by its minutes. Never changed. */
@Entity
@Immutable
@Table(name = "svc_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_meeting_seq")
    @SequenceGenerator(name = "svc_meeting_seq", sequenceName = "svc_meeting_seq", allocationSize = 1)
    private Long id;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "minutes_no", nullable = false, length = 60)
    private String minutesNo;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Meeting() {}

    public Meeting(LocalDate meetingDate, String minutesNo, Long documentId, String recordedBy, Instant recordedAt) {
        this.meetingDate = meetingDate;
        this.minutesNo = minutesNo;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public String minutesNo() {
        return minutesNo;
    }

    public Long documentId() {
        return documentId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
