package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.control.BroughtInProgress;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * 目标任务 (intake.1): the PhDs and masters brought in from outside the city in a year against the targets in force
 * that year (30 / 100 in 2022), by month, district and industry, exceptions shown, within the caller's scope (the
 * REST API). Reporting reads the same counts through {@link IntakeProgress} within the report's scope.
 */
@ApplicationScoped
public class IntakeTargets {

    static final String DOCTORS = BroughtInProgress.DOCTORS;

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

    /** A year's progress; a year no version of the targets covers is refused naming "year". */
    public record Progress(
            int year,
            int doctorTarget,
            int masterTarget,
            long doctors,
            long masters,
            long exceptions,
            List<HiresBroughtIn.Row> rows) {}

    public Progress of(int year) {
        LocalDate day = standards.lastDayIn(year, DOCTORS).orElse(LocalDate.of(year, 12, 31));
        Parameters p = standards.parameters(day, "year");
        List<HiresBroughtIn.Row> rows = broughtIn.in(year, caller.visibility());
        return new Progress(
                year,
                p.integer(DOCTORS),
                p.integer(BroughtInProgress.MASTERS),
                count(rows, Degree.DOCTOR),
                count(rows, Degree.MASTER),
                rows.stream().mapToLong(HiresBroughtIn.Row::exceptions).sum(),
                rows);
    }

    private static long count(List<HiresBroughtIn.Row> rows, Degree degree) {
        return rows.stream()
                .filter(r -> r.degree() == degree)
                .mapToLong(HiresBroughtIn.Row::count)
                .sum();
    }
}
