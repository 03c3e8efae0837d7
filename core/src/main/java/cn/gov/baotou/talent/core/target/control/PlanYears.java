package cn.gov.baotou.talent.core.target.control;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Cadence;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which year's plan a target has in a period. intake.1 ("在 2022 年年内") and rare-earth.1–3 ("力争今年内") set targets
 * of one year, the year their {@code *.targetYear} parameter names: a period that includes a day of that year has its
 * plan (the year, months of it, or the cumulative view), any other has none (无计划). rare-earth.6, .7 and .9 set
 * targets every year ("每年"): a period within one year has that year's plan; one that spans years has none, since no
 * single year's plan fits it.
 */
public final class PlanYears {

    private PlanYears() {}

    /** The year whose plan applies to the period, if any. */
    public static Optional<Integer> of(Cadence cadence, Integer targetYear, ReportPeriod period) {
        int first = period.from().getYear();
        int last = period.to().getYear();
        return switch (cadence) {
            case ONE_YEAR ->
                targetYear != null && first <= targetYear && targetYear <= last
                        ? Optional.of(targetYear)
                        : Optional.empty();
            case YEARLY -> first == last ? Optional.of(last) : Optional.empty();
        };
    }

    /**
     * The days leadership's cumulative view counts for a report: from 1 January of the year the newest version of
     * {@code targetYear} (a {@code *.targetYear} parameter's versions) names that begins by the report's end, to the
     * end of that version or of the report, whichever is earlier. None when the report ends before that year, or within
     * it (the year's own view then says all).
     */
    public static Optional<ReportPeriod> cumulative(List<ParameterValue> targetYear, ReportPeriod report) {
        return targetYear.stream()
                .filter(v -> !firstDay(v).isAfter(report.to()))
                .filter(v -> v.validTo() == null || !v.validTo().isBefore(firstDay(v)))
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(v -> new ReportPeriod(
                        firstDay(v),
                        v.validTo() == null || report.to().isBefore(v.validTo()) ? report.to() : v.validTo()))
                .filter(p -> p.to().getYear() > p.from().getYear());
    }

    private static LocalDate firstDay(ParameterValue v) {
        return LocalDate.of(Integer.parseInt(v.value().strip()), 1, 1);
    }
}
