package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.hire.control.BroughtInProgress;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plan's targets for reporting (intake.1: 30 博士 / 100 硕士 in the year): hires brought in during the period
 * against the targets in force in the period's last year, broken down by district, industry and month. A district's
 * report counts in the query only that district's hires, so its breakdowns are its own; the plan stays the city's.
 * The scope is the report's: reporting decides who may read it, so no caller is needed (the monthly archive has none).
 */
@ApplicationScoped
@Transactional
public class IntakeProgress implements TargetProgressSource {

    @Inject
    HiresBroughtIn broughtIn;

    @Inject
    IntakeStandards standards;

    public IntakeProgress() {}

    /** For use outside the container (tests). */
    public IntakeProgress(HiresBroughtIn broughtIn, IntakeStandards standards) {
        this.broughtIn = broughtIn;
        this.standards = standards;
    }

    @Override
    public String policyId() {
        return "intake";
    }

    @Override
    public List<TargetProgress> progress(ReportPeriod period) {
        return progress(ReportScope.city(period));
    }

    @Override
    public List<TargetProgress> progress(ReportScope scope) {
        Optional<int[]> plan = plan(scope.period().to().getYear());
        if (plan.isEmpty()) {
            return List.of();
        }
        Visibility v = scope.wholeCity() ? Visibility.EVERYTHING : new Visibility(false, scope.districtCode(), null);
        List<HiresBroughtIn.Row> rows =
                broughtIn.between(scope.period().from(), scope.period().to(), v);
        return BroughtInProgress.of(plan.get()[0], plan.get()[1], rows);
    }

    /**
     * The PhDs and masters planned in the year, by the newest version in force in it (时间从新); none for a year
     * before the first version or after the last, when the plan set no target.
     */
    private Optional<int[]> plan(int year) {
        Optional<LocalDate> day = standards.lastDayIn(year, BroughtInProgress.DOCTORS);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        try {
            Parameters p = standards.parameters(day.get(), "year");
            return Optional.of(new int[] {p.integer(BroughtInProgress.DOCTORS), p.integer(BroughtInProgress.MASTERS)});
        } catch (ParameterNotCovered e) {
            return Optional.empty();
        }
    }
}
