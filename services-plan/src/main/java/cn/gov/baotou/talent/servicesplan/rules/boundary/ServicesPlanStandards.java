package cn.gov.baotou.talent.servicesplan.rules.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaTiers;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows.Range;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plan's tiers and windows in force, from the policy parameters; a year or day no version covers is refused. */
@ApplicationScoped
public class ServicesPlanStandards {

    private static final String TIER_KEY = "servicesPlan.quota.revenue.tier1MinYuan";
    public static final String PERIOD_END = "servicesPlan.service.periodEnd";
    /** 新建投资 10 亿元以上重点项目 (services-plan.3): the least investment of a key project the plan serves. */
    public static final String KEY_PROJECT_MIN = "servicesPlan.scope.keyProjectMinInvestmentYuan";

    @Inject
    PolicyParameters parameters;

    public ServicesPlanStandards() {}

    /** For use outside the container (tests). */
    public ServicesPlanStandards(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The parameters that decide a year's quota: those of the newest version in force during that year (时间从新), from
     * the first day it is in force in that year; a year no version reaches is refused naming {@code year}.
     */
    public Parameters forYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return parameters.history().versions(TIER_KEY).stream()
                .filter(v -> !v.validFrom().isAfter(last)
                        && (v.validTo() == null || !v.validTo().isBefore(first)))
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(v -> parameters.at(v.validFrom().isAfter(first) ? v.validFrom() : first, "year"))
                .orElseGet(() -> parameters.at(last, "year"));
    }

    public Parameters on(LocalDate date, String field) {
        return parameters.at(date, field);
    }

    /** The parameters of the service period in force on the date; empty when no version covers it (services-plan.7). */
    public Optional<Parameters> servicePeriodOn(LocalDate date) {
        try {
            Parameters p = parameters.at(date, "date");
            p.date(PERIOD_END);
            return Optional.of(p);
        } catch (ParameterNotCovered e) {
            return Optional.empty();
        }
    }

    /** The end of the newest service period entered (services-plan.7), to name when a date lies beyond every version. */
    public LocalDate lastPeriodEnd() {
        return parameters.history().versions(PERIOD_END).stream()
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(v -> LocalDate.parse(v.value()))
                .orElse(null);
    }

    public static QuotaTiers tiers(Parameters p, String basis) {
        String k = "servicesPlan.quota." + basis + ".";
        return new QuotaTiers(
                p.money(k + "tier1MinYuan"),
                p.integer(k + "tier1Nominees"),
                p.money(k + "tier2MinYuan"),
                p.integer(k + "tier2Nominees"),
                p.money(k + "consecutiveSumMinYuan"),
                p.integer(k + "consecutiveNominees"));
    }

    public static ApplicationWindows windows(Parameters p) {
        String k = "servicesPlan.application.";
        return new ApplicationWindows(List.of(
                new Range(p.monthDay(k + "firstWindowStart"), p.monthDay(k + "firstWindowEnd")),
                new Range(p.monthDay(k + "secondWindowStart"), p.monthDay(k + "secondWindowEnd"))));
    }
}
