package cn.gov.baotou.talent.reporting.archive.entity;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.reporting.store.entity.StoredReport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One archived report as it was generated: which report, for which month (the year to that month's end, whole city),
 * when, under which parameter version, and its file with SHA-256 and size. Insert-only: no setter, no update (the
 * columns are not updatable) and no delete anywhere.
 */
@Entity
@Table(name = "rpt_archive")
public class ArchivedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rpt_archive_seq")
    @SequenceGenerator(name = "rpt_archive_seq", sequenceName = "rpt_archive_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportKind kind;

    @Column(nullable = false, length = 7, updatable = false)
    private String period;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "parameter_version", nullable = false, length = 200, updatable = false)
    private String parameterVersion;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "stored_file", nullable = false, length = 200, updatable = false)
    private String storedFile;

    protected ArchivedReport() {}

    public ArchivedReport(
            ReportKind kind,
            YearMonth month,
            LocalDate periodFrom,
            LocalDate periodTo,
            String language,
            Instant generatedAt,
            String parameterVersion,
            StoredReport file) {
        this.kind = kind;
        this.period = month.toString();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.language = language;
        this.generatedAt = generatedAt;
        this.parameterVersion = parameterVersion == null || parameterVersion.isBlank() ? "—" : parameterVersion;
        this.sha256 = file.sha256();
        this.sizeBytes = file.size();
        this.storedFile = file.path();
    }

    public Long id() {
        return id;
    }

    public ReportKind kind() {
        return kind;
    }

    public YearMonth month() {
        return YearMonth.parse(period);
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String language() {
        return language;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String parameterVersion() {
        return parameterVersion;
    }

    public String sha256() {
        return sha256;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String storedFile() {
        return storedFile;
    }
}
