package cn.gov.baotou.talent.servicesplan.proactive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The proactive notice of one application window (免申即享): sent once, on the day given, to the enterprises whose
 * confirmed figures give them an unused quota. Its row is written first, so a second sender — another day, another
 * instance of the cluster — finds it taken and sends nothing.
 */
@Entity
@Table(name = "svc_window_notice")
public class WindowNotice {

    @Id
    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Column(name = "quota_year", nullable = false)
    private int quotaYear;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "enterprises_told", nullable = false)
    private int enterprisesTold;

    protected WindowNotice() {}

    public WindowNotice(LocalDate windowStart, LocalDate windowEnd, LocalDate sentOn, Instant sentAt) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.quotaYear = windowStart.getYear();
        this.sentOn = sentOn;
        this.sentAt = sentAt;
    }

    public void told(int enterprises) {
        this.enterprisesTold = enterprises;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    public int quotaYear() {
        return quotaYear;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int enterprisesTold() {
        return enterprisesTold;
    }
}
