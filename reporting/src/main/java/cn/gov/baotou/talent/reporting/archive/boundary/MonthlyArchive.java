package cn.gov.baotou.talent.reporting.archive.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.archive.control.ArchiveCalendar;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReports;
import cn.gov.baotou.talent.reporting.report.boundary.ReportAccess;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monthly archive: catching up on the months due (each month in a transaction of its own, by
 * {@link MonthArchiver}), listing the archived reports and opening one as it was — whole-city reports, so read by
 * leadership and the city office ({@link ReportAccess}: a district office is refused). The city office may archive a
 * month that has ended at once rather than wait for the morning's run.
 */
@ApplicationScoped
public class MonthlyArchive {

    private static final Logger LOG = Logger.getLogger(MonthlyArchive.class.getName());

    @Inject
    ArchivedReports archive;

    @Inject
    MonthArchiver archiver;

    @Inject
    ReportFiles files;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "talent.reporting.archive.catch-up-months", defaultValue = "12")
    int catchUpMonths;

    @Inject
    Clock clock;

    public MonthlyArchive() {}

    /** For use outside the container (tests). */
    public MonthlyArchive(
            ArchivedReports archive,
            MonthArchiver archiver,
            ReportFiles files,
            ReportAccess access,
            Caller caller,
            int catchUpMonths,
            Clock clock) {
        this.archive = archive;
        this.archiver = archiver;
        this.files = files;
        this.access = access;
        this.caller = caller;
        this.catchUpMonths = catchUpMonths;
        this.clock = clock;
    }

    /** The bytes of an archived report, checked against its SHA-256. */
    public record Opened(ArchivedReport report, byte[] bytes) {}

    /** Archives every month due on {@code today}, oldest first; the months archived here. */
    public List<YearMonth> catchUp(LocalDate today) {
        List<YearMonth> done = new ArrayList<>();
        for (YearMonth month : new ArchiveCalendar(catchUpMonths).due(today, archive.months())) {
            try {
                if (!archiver.archive(month, instance()).isEmpty()) {
                    done.add(month);
                    LOG.info("reporting: the reports of " + month + " are archived");
                }
            } catch (RuntimeException e) {
                // another instance archived the month at the same moment, or a report failed: the month stays due
                LOG.log(Level.WARNING, "reporting: the reports of " + month + " were not archived here", e);
            }
        }
        return done;
    }

    /**
     * The city office archives now: the month given (one that has ended; nothing when archived already), or without
     * one the months due today.
     */
    public List<YearMonth> archiveNow(YearMonth month) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("archive reports");
        }
        LocalDate today = LocalDate.now(clock);
        if (month == null) {
            return catchUp(today);
        }
        if (!ArchiveCalendar.ended(month, today)) {
            throw new InvalidInput(List.of(ReportingMessages.error("month", "archive.month.notEnded", month)));
        }
        return archiver.archive(month, instance() + " (" + caller.getUsername() + ")")
                        .isEmpty()
                ? List.of()
                : List.of(month);
    }

    public List<ArchivedReport> list() {
        mayRead();
        return archive.all();
    }

    public Opened open(long id) {
        mayRead();
        ArchivedReport report =
                archive.byId(id).orElseThrow(() -> new NotFound(ReportingMessages.ref("archive.notFound"), id));
        byte[] bytes = files.readVerified(report.storedFile(), report.sha256()).orElseThrow(() -> {
            LOG.severe("reporting: archived report " + id + " (" + report.storedFile()
                    + ") is missing or no longer matches its SHA-256 " + report.sha256());
            return new Conflict(ReportingMessages.ref("archive.tampered"), id);
        });
        return new Opened(report, bytes);
    }

    /** Whole-city reports: whoever may read the whole city's report of this year may read the archive. */
    private void mayRead() {
        access.scopeFor(ReportPeriod.year(LocalDate.now(clock).getYear()), null);
    }

    static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
