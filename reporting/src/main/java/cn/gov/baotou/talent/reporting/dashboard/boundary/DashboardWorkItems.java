package cn.gov.baotou.talent.reporting.dashboard.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReports;
import cn.gov.baotou.talent.reporting.dashboard.control.TargetStatus;
import cn.gov.baotou.talent.reporting.period.boundary.ReportChoice;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leadership's and the city office's workbench leads to the dashboard: the targets of the latest year a policy version
 * covers, counted as lagging (in red), in progress and met, each opening the dashboard; and the archived months.
 */
@ApplicationScoped
public class DashboardWorkItems implements WorkbenchSource {

    private static final Logger LOG = Logger.getLogger(DashboardWorkItems.class.getName());
    private static final String DASHBOARD = "/reports/dashboard.xhtml";

    @Inject
    @Any
    Instance<TargetProgressSource> sources;

    @Inject
    ReportChoice choice;

    @Inject
    ArchivedReports archive;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        if (!caller.is(Role.LEADERSHIP, Role.CITY_OFFICE)) {
            return List.of();
        }
        try {
            LocalDate today = choice.today();
            int year = choice.defaultYear(today);
            ReportPeriod period = ReportPeriod.year(year);
            List<TargetProgress> targets = new ArrayList<>();
            sources.forEach(s -> targets.addAll(s.progress(ReportScope.city(period))));
            String b = ReportingMessages.BUNDLE;
            String link = DASHBOARD + "?mode=year&year=" + year;
            return List.of(
                    new WorkItem(
                            WorkItem.Kind.OVERDUE,
                            b,
                            "work.lagging",
                            count(targets, TargetStatus.LAGGING, period, today),
                            link),
                    new WorkItem(
                            WorkItem.Kind.PENDING,
                            b,
                            "work.onTrack",
                            count(targets, TargetStatus.ON_TRACK, period, today),
                            link),
                    new WorkItem(
                            WorkItem.Kind.DONE, b, "work.met", count(targets, TargetStatus.MET, period, today), link),
                    new WorkItem(
                            WorkItem.Kind.DONE,
                            b,
                            "work.archive",
                            archive.months().size(),
                            "/reports/archive.xhtml"));
        } catch (RuntimeException e) {
            // the workbench shows the other modules' items even when the targets cannot be read now
            LOG.log(Level.WARNING, "reporting: the targets for the workbench could not be read", e);
            return List.of();
        }
    }

    private static long count(List<TargetProgress> targets, TargetStatus status, ReportPeriod period, LocalDate today) {
        return targets.stream()
                .filter(t -> TargetStatus.of(t, period, today) == status)
                .count();
    }
}
