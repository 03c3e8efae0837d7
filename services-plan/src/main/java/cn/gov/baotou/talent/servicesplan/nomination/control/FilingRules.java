package cn.gov.baotou.talent.servicesplan.nomination.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a nomination must meet on the day it is filed, each refusal naming its field and clause: the service period
 * of a version in force (services-plan.7), an open application window (5.1), and the year's quota not exceeded (4).
 */
public final class FilingRules {

    private FilingRules() {}

    /**
     * services-plan.7: {@code periodEnd} is the end of the service period of the version in force on the day (null
     * when no version covers the day); {@code lastEnd} the end of the newest version, to name in the refusal.
     */
    public static Optional<FieldError> servicePeriod(
            String field, LocalDate day, LocalDate periodEnd, LocalDate lastEnd) {
        if (periodEnd != null && !day.isAfter(periodEnd)) {
            return Optional.empty();
        }
        return Optional.of(ServicesPlanText.error(
                field, "filing.period.ended", day.toString(), String.valueOf(periodEnd != null ? periodEnd : lastEnd)));
    }

    /** services-plan.5.1: the day lies in a window; otherwise the refusal names the next one (or that none is left). */
    public static Optional<FieldError> window(
            String field, LocalDate day, ApplicationWindows windows, LocalDate periodEnd) {
        if (windows.containing(day).isPresent()) {
            return Optional.empty();
        }
        ApplicationWindows.Window next = windows.containingOrNext(day);
        if (periodEnd != null && next.start().isAfter(periodEnd)) {
            return Optional.of(
                    ServicesPlanText.error(field, "filing.window.noneLeft", day.toString(), periodEnd.toString()));
        }
        return Optional.of(ServicesPlanText.error(
                field,
                "filing.window.closed",
                day.toString(),
                next.start().toString(),
                next.end().toString()));
    }

    /**
     * services-plan.3 and .4: the enterprise is in the plan's scope, and the people counted so far this year and those
     * now named stay within the year's quota.
     */
    public static Optional<FieldError> quota(String field, QuotaDecision quota, int counted, int named) {
        String year = String.valueOf(quota.year());
        if (quota.outOfScope()) {
            return Optional.of(ServicesPlanText.error(field, "filing.scope.out", year));
        }
        if (quota.quota() == 0) {
            return Optional.of(ServicesPlanText.error(field, "filing.quota.none", year));
        }
        if (counted + named > quota.quota()) {
            return Optional.of(ServicesPlanText.error(
                    field, "filing.quota.exceeded", year, quota.quota(), quota.tierClause(), counted, named));
        }
        return Optional.empty();
    }
}
