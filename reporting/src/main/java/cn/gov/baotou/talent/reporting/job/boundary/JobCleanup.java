package cn.gov.baotou.talent.reporting.job.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every half hour on every instance: report jobs older than {@code talent.reporting.jobs.keep-hours} (24) go, with
 * their files; jobs still unfinished after {@code talent.reporting.jobs.stale-minutes} (60) are marked failed, since
 * the instance that ran them has stopped. Two instances cleaning at once remove the same rows; nothing is lost.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobCleanup {

    private static final Logger LOG = Logger.getLogger(JobCleanup.class.getName());

    @Inject
    JobProgress progress;

    @Inject
    @ConfigProperty(name = "talent.reporting.jobs.keep-hours", defaultValue = "24")
    int keepHours;

    @Inject
    @ConfigProperty(name = "talent.reporting.jobs.stale-minutes", defaultValue = "60")
    int staleMinutes;

    @Schedule(hour = "*", minute = "7,37", persistent = false)
    void cleanUp() {
        try {
            progress.cleanUp(Duration.ofHours(keepHours), Duration.ofMinutes(staleMinutes));
        } catch (RuntimeException e) {
            // another instance removed the same jobs at the same moment; the next run finds what is left
            LOG.log(Level.INFO, "reporting: job clean-up not finished here", e);
        }
    }
}
