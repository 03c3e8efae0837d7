package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.reporting.job.entity.JobStage;
import cn.gov.baotou.talent.reporting.job.entity.JobStatus;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.job.entity.ReportJobs;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.store.entity.StoredReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A job's steps as the background worker takes them, each in a transaction of its own so that the page polling the
 * job sees it move; and the clean-up of old jobs with their files.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobProgress {

    private static final Logger LOG = Logger.getLogger(JobProgress.class.getName());

    @Inject
    ReportJobs jobs;

    @Inject
    ReportFiles files;

    @Inject
    Clock clock;

    public JobProgress() {}

    /** For use outside the container (tests). */
    public JobProgress(ReportJobs jobs, ReportFiles files, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    /** Marks the job running; empty when it is gone or no longer queued (cleaned away, or taken already). */
    public Optional<ReportJob> begin(long id) {
        Optional<ReportJob> job = jobs.byId(id).filter(j -> j.status() == JobStatus.QUEUED);
        job.ifPresent(j -> j.start(clock.instant()));
        return job;
    }

    public void reach(long id, JobStage stage) {
        jobs.byId(id).ifPresent(j -> j.reach(stage));
    }

    public void done(long id, StoredReport file) {
        jobs.byId(id).ifPresent(j -> j.done(file, clock.instant()));
    }

    public void fail(long id, String reason) {
        jobs.byId(id).ifPresent(j -> j.fail(reason, clock.instant()));
    }

    /**
     * Removes the jobs asked for more than {@code keep} ago with their files, and fails those queued or running for
     * more than {@code stale} (their instance stopped while working); how many were removed.
     */
    public int cleanUp(Duration keep, Duration stale) {
        Instant now = clock.instant();
        for (ReportJob j : jobs.unfinishedSince(now.minus(stale))) {
            j.fail("interrupted: not finished within " + stale, now);
        }
        int removed = 0;
        for (ReportJob j : jobs.requestedBefore(now.minus(keep))) {
            if (j.storedFile() != null) {
                files.delete(j.storedFile());
            }
            jobs.remove(j);
            removed++;
        }
        if (removed > 0) {
            LOG.info("reporting: " + removed + " report job(s) older than " + keep + " removed with their files");
        }
        return removed;
    }
}
