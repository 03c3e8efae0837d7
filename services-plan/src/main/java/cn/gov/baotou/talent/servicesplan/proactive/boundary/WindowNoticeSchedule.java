package cn.gov.baotou.talent.servicesplan.proactive.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the proactive notice every morning on every instance; the window's row makes sure it goes out once. The timer
 * is not persistent: a day missed is made up the next, as the notice stays due until the window closes.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WindowNoticeSchedule {

    static final Logger LOG = Logger.getLogger(WindowNoticeSchedule.class.getName());

    @Inject
    ProactiveNotice notice;

    @Inject
    Clock clock;

    @Schedule(hour = "8", minute = "5", timezone = "Asia/Shanghai", persistent = false)
    void daily() {
        LocalDate today = LocalDate.now(clock);
        try {
            notice.notifyBeforeWindow(today)
                    .ifPresent(n -> LOG.info("services plan: window of " + n.windowStart() + " announced to "
                            + n.enterprisesTold() + " enterprises"));
        } catch (RuntimeException e) {
            // another instance claimed the window at the same moment; its notice is the one that counts
            LOG.log(Level.INFO, "services plan: window notice of " + today + " not sent here", e);
        }
    }
}
