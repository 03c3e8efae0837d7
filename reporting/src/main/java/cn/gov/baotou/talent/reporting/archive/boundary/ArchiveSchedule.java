package cn.gov.baotou.talent.reporting.archive.boundary;

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
 * Every morning on every instance: archives the months due (the month just ended from the 1st, and any month missed
 * while the platform was stopped). The month's claim row makes sure one instance does it; the timer is not persistent,
 * since persistent timers do not fail over in a Payara cluster — a day missed is made up the next.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveSchedule {

    private static final Logger LOG = Logger.getLogger(ArchiveSchedule.class.getName());

    @Inject
    MonthlyArchive archive;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "20", timezone = "Asia/Shanghai", persistent = false)
    void daily() {
        try {
            archive.catchUp(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reporting: the monthly archive did not run", e);
        }
    }
}
