package cn.gov.baotou.talent.intake.eligibility.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The plan's numbers in force on a day, from the policy parameters; a day no version covers is refused. */
@ApplicationScoped
public class IntakeStandards {

    @Inject
    PolicyParameters parameters;

    @Inject
    Enterprises registry;

    @Inject
    Clock clock;

    public IntakeStandards() {}

    /** For use outside the container (tests). */
    public IntakeStandards(PolicyParameters parameters, Enterprises registry, Clock clock) {
        this.parameters = parameters;
        this.registry = registry;
        this.clock = clock;
    }

    /** @param field the request field that carries the date, named when no version covers it */
    public IntakeStandard on(LocalDate date, String field) {
        return from(parameters.at(date, field));
    }

    /** The day a form starts from: today, or the last day of the newest version if it has ended. */
    public LocalDate defaultDay() {
        return parameters.newestDay("intake.subsidy.doctorYuan", LocalDate.now(clock));
    }

    /** The months of the service period (intake.6.1) in force on a day. */
    public int serviceMonths(LocalDate date, String field) {
        return parameters.at(date, field).integer("intake.service.years") * 12;
    }

    /** Every parameter in force on a day, for the numbers a case needs besides the standard (deadlines, periods). */
    public Parameters parameters(LocalDate date, String field) {
        return parameters.at(date, field);
    }

    /** The last day of {@code year} on which a version of {@code key} is in force, if any (时间从新). */
    public java.util.Optional<LocalDate> lastDayIn(int year, String key) {
        LocalDate day = parameters.newestDay(key, LocalDate.of(year, 12, 31));
        return day.getYear() == year ? java.util.Optional.of(day) : java.util.Optional.empty();
    }

    /** Every version of a parameter, oldest first. */
    public List<ParameterValue> versions(String key) {
        return parameters.history().versions(key);
    }

    IntakeStandard from(Parameters p) {
        return new IntakeStandard(
                p.integer("intake.age.doctorMax"),
                p.integer("intake.age.masterMax"),
                p.money("intake.subsidy.doctorYuan"),
                p.money("intake.subsidy.masterYuan"),
                p.decimal("intake.subsidy.cityShare"),
                p.money("intake.scope.keyProjectMinInvestmentYuan"),
                registry.industries().stream()
                        .filter(Industry::keyIndustry)
                        .map(Industry::code)
                        .collect(Collectors.toSet()));
    }
}
