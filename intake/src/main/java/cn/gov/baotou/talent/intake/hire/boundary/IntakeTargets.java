package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.target.control.PlanYears;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.control.BroughtInProgress;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 目标任务 (intake.1): the PhDs and masters brought in from outside the city in a year, against the plan only in the
 * year it is of (30 / 100 "在 2022 年年内"; no plan in 2023 on), by month, district and industry, exceptions shown, with
 * the cumulative view since 2022, within the caller's scope (the REST API). Reporting reads the same counts through {@link IntakeProgress} within the report's scope.
 */
@ApplicationScoped
public class IntakeTargets {

    @Inject
    HiresBroughtIn broughtIn;

    @Inject
    IntakeStandards standards;

    @Inject
    Caller caller;

    public IntakeTargets() {}

    /** For use outside the container (tests). */
    public IntakeTargets(HiresBroughtIn broughtIn, IntakeStandards standards, Caller caller) {
        this.broughtIn = broughtIn;
        this.standards = standards;
        this.caller = caller;
    }

    /**
     * A year's progress. {@code doctorTarget} and {@code masterTarget} are the plan of the year, null in a year without
     * one (intake.1 plans 2022 only: 2023 on shows what was brought in, 无计划); {@code planYear} the year the plan is
     * of; {@code cumulative} leadership's view from 2022 to the year's end (at most the version's end) against 2022's
     * plan, null when the year is 2022 itself or before it. Nulls are written as null: "no plan" is an answer.
     */
    @JsonbNillable
    public record Progress(
            int year,
            Integer doctorTarget,
            Integer masterTarget,
            long doctors,
            long masters,
            long exceptions,
            List<HiresBroughtIn.Row> rows,
            Integer planYear,
            Cumulative cumulative) {}

    /** What was brought in from 1 January of the plan's year to {@code to}, against that year's plan. */
    public record Cumulative(
            LocalDate from,
            LocalDate to,
            int planYear,
            int doctorTarget,
            int masterTarget,
            long doctors,
            long masters) {}

    public Progress of(int year) {
        ReportPeriod period = ReportPeriod.year(year);
        Optional<BroughtInProgress.Plan> plan = IntakeProgress.plan(standards, period, year);
        Visibility v = caller.visibility();
        List<HiresBroughtIn.Row> rows = broughtIn.in(year, v);
        return new Progress(
                year,
                plan.map(BroughtInProgress.Plan::doctors).orElse(null),
                plan.map(BroughtInProgress.Plan::masters).orElse(null),
                count(rows, Degree.DOCTOR),
                count(rows, Degree.MASTER),
                rows.stream().mapToLong(HiresBroughtIn.Row::exceptions).sum(),
                rows,
                plan.map(BroughtInProgress.Plan::year).orElse(null),
                cumulative(period, v).orElse(null));
    }

    private Optional<Cumulative> cumulative(ReportPeriod period, Visibility v) {
        Optional<ReportPeriod> span = PlanYears.cumulative(standards.versions(BroughtInProgress.YEAR), period);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriod c = span.get();
        return IntakeProgress.plan(standards, c, c.from().getYear()).map(p -> {
            List<HiresBroughtIn.Row> rows = broughtIn.between(c.from(), c.to(), v);
            return new Cumulative(
                    c.from(),
                    c.to(),
                    p.year(),
                    p.doctors(),
                    p.masters(),
                    count(rows, Degree.DOCTOR),
                    count(rows, Degree.MASTER));
        });
    }

    private static long count(List<HiresBroughtIn.Row> rows, Degree degree) {
        return rows.stream()
                .filter(r -> r.degree() == degree)
                .mapToLong(HiresBroughtIn.Row::count)
                .sum();
    }
}
