package cn.gov.baotou.talent.intake.hire.entity;

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

/**
 * One upload of an Excel file of hires by an enterprise: its progress while it is checked and imported, then what
 * came of it. It records the upload, not the hires: a refused file's rows were never written.
 */
@Entity
@Table(name = "intake_hire_import")
public class HireImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_hire_import_seq")
    @SequenceGenerator(name = "intake_hire_import_seq", sequenceName = "intake_hire_import_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String ticket;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "rows_checked", nullable = false)
    private int rowsChecked;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    /** The instance running the upload (core's BootId): a crash of that instance leaves it to be failed. */
    @Column(name = "boot_id", length = 36)
    private String bootId;

    /** Why it failed, as the submitter reads it; only for an upload its instance's crash interrupted. */
    @Column(length = 200)
    private String failure;

    protected HireImport() {}

    public HireImport(
            String ticket, long enterpriseId, String fileName, String importedBy, Instant startedAt, String bootId) {
        this.bootId = bootId;
        this.ticket = ticket;
        this.enterpriseId = enterpriseId;
        this.fileName = fileName;
        this.importedBy = importedBy;
        this.startedAt = startedAt;
        this.status = ImportStatus.READING;
    }

    /** Where the import has got to; the counts only grow. */
    public void advance(ImportStatus to, int rows, int checked, int imported) {
        this.status = to;
        this.rowCount = Math.max(rowCount, rows);
        this.rowsChecked = Math.max(rowsChecked, checked);
        this.rowsImported = Math.max(rowsImported, imported);
    }

    public void finish(ImportStatus to, int problems, Instant at) {
        this.status = to;
        this.problemCount = problems;
        this.finishedAt = at;
        if (to != ImportStatus.IMPORTED) {
            this.rowsImported = 0;
        }
    }

    /** Its instance stopped while it ran: failed, nothing of it imported (its transaction never committed). */
    public void interrupted(String reason, Instant at) {
        finish(ImportStatus.FAILED, 0, at);
        this.failure = reason;
    }

    public String failure() {
        return failure;
    }

    public Long id() {
        return id;
    }

    public String ticket() {
        return ticket;
    }

    public long enterpriseId() {
        return enterpriseId;
    }

    public String fileName() {
        return fileName;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public ImportStatus status() {
        return status;
    }

    public int rowCount() {
        return rowCount;
    }

    public int rowsChecked() {
        return rowsChecked;
    }

    public int rowsImported() {
        return rowsImported;
    }

    public int problemCount() {
        return problemCount;
    }
}
