package cn.gov.baotou.talent.reporting.archive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A month whose reports were archived. Its row is written first in the transaction that archives the month, so it is
 * also the lock: another instance archiving the same month at the same time fails on the primary key and keeps nothing.
 */
@Entity
@Table(name = "rpt_archive_month")
public class ArchiveMonth {

    @Id
    @Column(length = 7, updatable = false)
    private String period;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false, length = 120, updatable = false)
    private String claimedBy;

    protected ArchiveMonth() {}

    public ArchiveMonth(YearMonth month, Instant claimedAt, String claimedBy) {
        this.period = month.toString();
        this.claimedAt = claimedAt;
        this.claimedBy = claimedBy.substring(0, Math.min(claimedBy.length(), 120));
    }

    public YearMonth month() {
        return YearMonth.parse(period);
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String claimedBy() {
        return claimedBy;
    }
}
