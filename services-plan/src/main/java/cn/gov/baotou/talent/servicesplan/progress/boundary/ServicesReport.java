package cn.gov.baotou.talent.servicesplan.progress.boundary;

import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.servicesplan.progress.entity.PlanFigures;
import cn.gov.baotou.talent.servicesplan.progress.entity.ReportRows;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's sections of the services report (服务情况报告): the nominations filed in the period by district and quota
 * tier and by state, the 16 service items of their approved nominees, and the service requests raised in the period by
 * module and state with their response times, overdue ones and ratings — every query narrowed to the report's district
 * when it has one, counted in the database. A case shows in its current state; "overdue" is as of today.
 */
@ApplicationScoped
@Transactional
public class ServicesReport implements ReportSectionSource {

    @Inject
    ReportRows rows;

    @Inject
    PlanFigures figures;

    @Inject
    CalendarDays calendar;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Clock clock;

    public ServicesReport() {}

    /** For use outside the container (tests), over one entity manager's transaction, "today" from the clock. */
    public ServicesReport(EntityManager em, Clock clock) {
        this.rows = new ReportRows(em);
        this.figures = new PlanFigures(em);
        this.calendar = new CalendarDays(em);
        this.catalog = new ServiceCatalog();
        this.clock = clock;
    }

    @Override
    public String policyId() {
        return ServicesPlanProgress.POLICY;
    }

    @Override
    public List<ReportTable> sections(ReportKind report, ReportScope scope) {
        if (report != ReportKind.SERVICES) {
            return List.of();
        }
        ReportPeriod p = scope.period();
        String district = scope.districtCode();
        List<ReportTable> out = new ArrayList<>(
                new NominationSections(rows.nominations(p.from(), p.to(), district), figures.districtNames()).tables());
        out.add(new ServiceItemSection(rows.serviceItems(p.from(), p.to(), district), catalog).table());
        out.addAll(new RequestSections(
                        rows.requests(p.from(), p.to(), district, LocalDate.now(clock)),
                        rows.responseDays(p.from(), p.to(), district),
                        calendar.calendar())
                .tables());
        return out;
    }
}
