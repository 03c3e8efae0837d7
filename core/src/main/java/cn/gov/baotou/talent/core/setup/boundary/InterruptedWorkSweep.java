package cn.gov.baotou.talent.core.setup.boundary;

import cn.gov.baotou.talent.core.setup.control.InterruptedWork;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up (from {@link PlatformStartup}) and every minute: this instance says it is alive, and every module's work
 * left running by an instance not seen for {@code talent.work.dead-after-minutes} (3) is marked failed
 * ({@link InterruptedWork}). After a crash and a quick restart the old work is failed within a few minutes; in a
 * cluster, another live instance's running import is never touched.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedWorkSweep {

    private static final Logger LOG = Logger.getLogger(InterruptedWorkSweep.class.getName());

    @Inject
    Liveness liveness;

    @Inject
    @Any
    Instance<InterruptedWork> work;

    /** Set by the first sweep, which start-up runs once the schema is migrated: the timer waits for it. */
    private volatile boolean started;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (started) {
            sweep();
        }
    }

    public void sweep() {
        started = true;
        Set<String> live;
        try {
            live = liveness.seen();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not mark this instance alive; interrupted work is checked next time", e);
            return;
        }
        for (InterruptedWork w : work) {
            try {
                int failed = w.failInterrupted(live);
                if (failed > 0) {
                    LOG.warning(failed + " piece(s) of work left running by a stopped instance marked failed ("
                            + w.getClass().getSimpleName() + ")");
                }
            } catch (RuntimeException e) {
                // another instance failed the same rows at the same moment: the next run finds what is left
                LOG.log(
                        Level.INFO,
                        "interrupted work not swept here: " + w.getClass().getSimpleName(),
                        e);
            }
        }
    }
}
