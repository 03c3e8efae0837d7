package cn.gov.baotou.talent.intake.report.boundary;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.intake.report.control.ExceptionTable;
import cn.gov.baotou.talent.intake.report.control.RetentionTables;
import cn.gov.baotou.talent.intake.report.entity.GrantedExceptions;
import cn.gov.baotou.talent.intake.report.entity.RetentionFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Intake's sections of leadership's reports, read in one transaction: the retention report's hires in service,
 * departures, recoveries and evaluations, and the target report's exceptions granted. The scope decides the period
 * and the district in every query; who may read which scope is reporting's to decide.
 */
@ApplicationScoped
@Transactional
public class IntakeReportSections implements ReportSectionSource {

    @Inject
    RetentionFigures figures;

    @Inject
    GrantedExceptions exceptions;

    public IntakeReportSections() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public IntakeReportSections(EntityManager em) {
        this.figures = new RetentionFigures(em);
        this.exceptions = new GrantedExceptions(em);
    }

    @Override
    public String policyId() {
        return "intake";
    }

    @Override
    public List<ReportTable> sections(ReportKind report, ReportScope scope) {
        return switch (report) {
            case RETENTION -> retention(scope);
            case TARGETS -> List.of(ExceptionTable.of(exceptions.in(scope), figures.districtNames()));
            default -> List.of();
        };
    }

    private List<ReportTable> retention(ReportScope scope) {
        Map<String, String> districts = figures.districtNames();
        return List.of(
                RetentionTables.inService(figures.inService(scope), districts),
                RetentionTables.departures(figures.departures(scope)),
                RetentionTables.recoveries(figures.recoveries(scope), districts),
                RetentionTables.evaluations(figures.grades(scope), figures.overdueEvaluations(scope)));
    }
}
