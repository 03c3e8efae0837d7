package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Starts a report job: records it (committed, so that the page can poll it at once), then hands it to the server's
 * managed executor; the request returns while the report is made.
 */
@ApplicationScoped
public class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    @Inject
    ReportJobDesk desk;

    @Inject
    JobRunner runner;

    @Inject
    JobProgress progress;

    @Resource
    ManagedExecutorService executor;

    public ReportJob submit(JobForm form, String language) {
        ReportJob job = desk.create(form, language);
        long id = job.id();
        try {
            executor.execute(() -> runner.run(id));
        } catch (RejectedExecutionException e) {
            LOG.warning("reporting: job " + id + " refused by the executor: " + e.getMessage());
            progress.fail(id, "the server is too busy to start the report");
            return desk.mine(id);
        }
        return job;
    }
}
