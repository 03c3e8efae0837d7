package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.reporting.job.entity.JobFormat;
import cn.gov.baotou.talent.reporting.job.entity.JobStage;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.store.entity.StoredReport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out one job on a managed thread: gathers the data, renders the PDF or workbook, stores the file under the
 * data directory with its SHA-256. At most {@code talent.reporting.jobs.parallel} jobs render at once on an instance
 * (the others wait, still queued), so that many requests at the same moment cannot exhaust the heap.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    JobProgress progress;

    @Inject
    Reports reports;

    @Inject
    ReportFiles files;

    @Inject
    @ConfigProperty(name = "talent.reporting.jobs.parallel", defaultValue = "2")
    int parallel;

    private Semaphore slots;

    public JobRunner() {}

    /** For use outside the container (tests). */
    public JobRunner(JobProgress progress, Reports reports, ReportFiles files, int parallel) {
        this.progress = progress;
        this.reports = reports;
        this.files = files;
        this.parallel = parallel;
        init();
    }

    @PostConstruct
    void init() {
        slots = new Semaphore(Math.max(1, parallel), true);
    }

    /** Runs the job; a failure is recorded on the job (and logged), never thrown to the executor. */
    @ActivateRequestContext
    public void run(long id) {
        slots.acquireUninterruptibly();
        try {
            Optional<ReportJob> started = progress.begin(id);
            if (started.isEmpty()) {
                return;
            }
            ReportJob job = started.get();
            try {
                ReportData data = reports.data(job.kind(), job.scope(), job.language());
                progress.reach(id, JobStage.RENDERING);
                byte[] bytes = job.format() == JobFormat.PDF ? reports.pdf(data) : reports.xlsx(data);
                progress.reach(id, JobStage.STORING);
                StoredReport file =
                        files.write("jobs/" + id + "." + job.format().extension(), bytes);
                progress.done(id, file);
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.log(Level.WARNING, "reporting: job " + id + " failed", e);
                progress.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        } finally {
            slots.release();
        }
    }
}
