package cn.gov.baotou.talent.core.target.control;

import cn.gov.baotou.talent.core.report.control.ReportScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A module's targets and how far they have come in a period, for leadership's reports: each policy module provides
 * one as a CDI bean (found with {@code Instance<TargetProgressSource>}); reporting reads them all and imports no module.
 */
public interface TargetProgressSource {

    /** The policy whose targets these are ({@code intake}, {@code services-plan}, {@code rare-earth}). */
    String policyId();

    List<TargetProgress> progress(ReportPeriod period);

    /**
     * The targets in a scope. For one district this default keeps the city's plan and takes the district's share of
     * the achieved figure from the district breakdown (no month or industry breakdown); a module whose queries can
     * filter by district overrides it to give the district's own breakdowns.
     */
    default List<TargetProgress> progress(ReportScope scope) {
        List<TargetProgress> city = progress(scope.period());
        if (scope.wholeCity()) {
            return city;
        }
        return city.stream().map(t -> ofDistrict(t, scope.districtCode())).toList();
    }

    /**
     * Leadership's cumulative view of the module's one-year targets for a report's scope (see {@link
     * PlanYears#cumulative}); none for a module without one-year targets.
     */
    default Optional<CumulativeProgress> cumulative(ReportScope scope) {
        return Optional.empty();
    }

    private static TargetProgress ofDistrict(TargetProgress t, String district) {
        List<TargetProgress.Breakdown> own = t.breakdowns().stream()
                .filter(b -> b.dimension() == TargetProgress.Dimension.DISTRICT
                        && b.key().equals(district))
                .toList();
        BigDecimal achieved =
                own.stream().map(TargetProgress.Breakdown::achieved).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TargetProgress(
                t.policyId(),
                t.key(),
                t.clauseId(),
                t.label(),
                t.labelEn(),
                t.unit(),
                t.plannedMin(),
                t.plannedMax(),
                achieved,
                own,
                t.cadence(),
                t.planYear(),
                t.approximate());
    }
}
