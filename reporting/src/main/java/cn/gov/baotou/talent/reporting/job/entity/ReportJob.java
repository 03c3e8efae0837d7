package cn.gov.baotou.talent.reporting.job.entity;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
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

/**
 * One report asked for in the background: who asked, which report in which scope and format, where it stands, and once
 * done the file under the data directory with its SHA-256. The scope was checked when it was asked for; the job only
 * carries it out.
 */
@Entity
@Table(name = "rpt_job")
public class ReportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rpt_job_seq")
    @SequenceGenerator(name = "rpt_job_seq", sequenceName = "rpt_job_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private JobFormat format;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "district_code", updatable = false, length = 6)
    private String districtCode;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JobStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private JobStage stage;

    @Column(nullable = false)
    private int progress;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "stored_file", length = 200)
    private String storedFile;

    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 500)
    private String failure;

    /** The instance whose queue holds the job (core's BootId): a crash of that instance leaves it to be failed. */
    @Column(name = "boot_id", length = 36)
    private String bootId;

    protected ReportJob() {}

    public ReportJob(
            String owner,
            ReportKind kind,
            JobFormat format,
            ReportScope scope,
            String language,
            Instant requestedAt,
            String bootId) {
        this.bootId = bootId;
        this.owner = owner;
        this.kind = kind;
        this.format = format;
        this.periodFrom = scope.period().from();
        this.periodTo = scope.period().to();
        this.districtCode = scope.districtCode();
        this.language = language;
        this.status = JobStatus.QUEUED;
        this.stage = JobStage.WAITING;
        this.requestedAt = requestedAt;
    }

    public void start(Instant at) {
        status = JobStatus.RUNNING;
        startedAt = at;
        reach(JobStage.GATHERING);
    }

    public void reach(JobStage next) {
        stage = next;
        progress = next.progress();
    }

    public void done(StoredReport file, Instant at) {
        status = JobStatus.DONE;
        reach(JobStage.FINISHED);
        storedFile = file.path();
        sha256 = file.sha256();
        sizeBytes = file.size();
        finishedAt = at;
    }

    /** Failed: {@code reason} is what an operator reads (the user sees a general message and asks again). */
    public void fail(String reason, Instant at) {
        status = JobStatus.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        finishedAt = at;
    }

    public ReportScope scope() {
        return new ReportScope(new ReportPeriod(periodFrom, periodTo), districtCode);
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public ReportKind kind() {
        return kind;
    }

    public JobFormat format() {
        return format;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String districtCode() {
        return districtCode;
    }

    public String language() {
        return language;
    }

    public JobStatus status() {
        return status;
    }

    public JobStage stage() {
        return stage;
    }

    public int progress() {
        return progress;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String storedFile() {
        return storedFile;
    }

    public String sha256() {
        return sha256;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String failure() {
        return failure;
    }
}
