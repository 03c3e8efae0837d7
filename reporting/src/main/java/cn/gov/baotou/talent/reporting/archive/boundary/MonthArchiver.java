package cn.gov.baotou.talent.reporting.archive.boundary;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.reporting.archive.control.ArchiveCalendar;
import cn.gov.baotou.talent.reporting.archive.entity.ArchiveMonth;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReports;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.store.entity.StoredReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Archives one month in one transaction: claims the month (the cluster-wide lock), generates the four reports for the
 * whole city from the year's start to the month's end, writes each PDF under {@code reports/archive/<year>/} named with
 * its hash, and records them. A failure leaves no row (the month stays due); a file written before it is unreferenced.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MonthArchiver {

    static final String LANGUAGE = "zh";

    @Inject
    ArchivedReports archive;

    @Inject
    Reports reports;

    @Inject
    ReportFiles files;

    @Inject
    Clock clock;

    public MonthArchiver() {}

    /** For use outside the container (tests). */
    public MonthArchiver(ArchivedReports archive, Reports reports, ReportFiles files, Clock clock) {
        this.archive = archive;
        this.reports = reports;
        this.files = files;
        this.clock = clock;
    }

    /** The month's archived reports, or none when it was archived already. */
    public List<ArchivedReport> archive(YearMonth month, String instance) {
        if (archive.archived(month)) {
            return List.of();
        }
        archive.claim(new ArchiveMonth(month, clock.instant(), instance));
        ReportScope city = ReportScope.city(ArchiveCalendar.period(month));
        List<ArchivedReport> kept = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            ReportData data = reports.data(kind, city, LANGUAGE);
            byte[] pdf = reports.pdf(data);
            String hash = ReportFiles.sha256(pdf);
            StoredReport file = files.write(
                    "archive/" + month.getYear() + "/" + month + "-" + kind.path() + "-" + hash.substring(0, 12)
                            + ".pdf",
                    pdf);
            ArchivedReport report = new ArchivedReport(
                    kind,
                    month,
                    city.period().from(),
                    city.period().to(),
                    LANGUAGE,
                    data.generatedAt(),
                    data.parameterVersion(),
                    file);
            archive.add(report);
            kept.add(report);
        }
        return kept;
    }
}
