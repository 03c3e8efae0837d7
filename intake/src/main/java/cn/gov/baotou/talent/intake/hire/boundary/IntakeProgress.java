package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.PlanYears;
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
 * The plan's targets for reporting (intake.1: 30 博士 / 100 硕士 "在 2022 年年内"): hires brought in during the period,
 * against the plan only when the period includes the year the plan is of ({@code intake.target.year}); any other period
 * shows what was brought in with no plan (无计划). Leadership's cumulative view adds up 2022 to the end of the version
 * (2025) against 2022's plan. Broken down by district, industry and month. A district's report counts in the query only
 * that district's hires, so its breakdowns are its own; the plan stays the city's. The scope is the report's: reporting
 * decides who may read it, so no caller is needed (the monthly archive has none).
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
        ReportPeriod period = scope.period();
        return BroughtInProgress.of(plan(standards, period, period.to().getYear()), rows(scope, period));
    }

    @Override
    public Optional<CumulativeProgress> cumulative(ReportScope scope) {
        Optional<ReportPeriod> span = PlanYears.cumulative(standards.versions(BroughtInProgress.YEAR), scope.period());
        if (span.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriod c = span.get();
        Optional<BroughtInProgress.Plan> plan = plan(standards, c, c.from().getYear());
        return plan.map(p -> new CumulativeProgress(c, p.year(), BroughtInProgress.of(plan, rows(scope, c))));
    }

    /**
     * The plan of intake.1 for a period, read from the newest version in force in {@code planningYear} (时间从新): its
     * 博士 and 硕士 targets when the period includes the year they are of ({@code intake.target.year}); none otherwise,
     * nor for a year no version covers.
     */
    static Optional<BroughtInProgress.Plan> plan(IntakeStandards standards, ReportPeriod period, int planningYear) {
        try {
            Optional<LocalDate> day = standards.lastDayIn(planningYear, BroughtInProgress.DOCTORS);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            Parameters p = standards.parameters(day.get(), "year");
            return PlanYears.of(TargetProgress.Cadence.ONE_YEAR, p.integer(BroughtInProgress.YEAR), period)
                    .map(year -> new BroughtInProgress.Plan(
                            year, p.integer(BroughtInProgress.DOCTORS), p.integer(BroughtInProgress.MASTERS)));
        } catch (ParameterNotCovered e) {
            // a year before the first version: no plan
            return Optional.empty();
        }
    }

    private List<HiresBroughtIn.Row> rows(ReportScope scope, ReportPeriod period) {
        Visibility v = scope.wholeCity() ? Visibility.EVERYTHING : new Visibility(false, scope.districtCode(), null);
        return broughtIn.between(period.from(), period.to(), v);
    }
}
