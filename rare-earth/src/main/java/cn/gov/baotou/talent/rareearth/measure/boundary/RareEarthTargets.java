package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.rareearth.measure.control.PlanDay;
import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import cn.gov.baotou.talent.rareearth.measure.entity.TalentCounts;
import cn.gov.baotou.talent.rareearth.measure.entity.TargetCounts;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The measures' targets for reporting and the board, each with its clause: teams (rare-earth.1, 5 个以上), PhDs and
 * masters of rare-earth 规上 enterprises (rare-earth.2, 10 / 50), cultivated talents (rare-earth.3, 1—2), graduates
 * (rare-earth.6, ~100), trained talents (rare-earth.7, 1000 a year) and key problems (rare-earth.9, 5—10 a year).
 * Planned from the parameters of the version in force in the period ({@link PlanDay}), achieved in the period, by
 * district and by month; a district's report counts in its queries only that district's cases, against the city's plan.
 */
@ApplicationScoped
public class RareEarthTargets implements TargetProgressSource {

    static final String POLICY = "rare-earth";
    static final String PLAN_KEY = "rareEarth.teams.target";
    /** Intake's hires, and this module's own measure-2 subsidies: a person both recorded counts once. */
    static final List<String> PROGRAMMES = List.of("INTAKE", "RARE_EARTH");

    @Inject
    PolicyParameters parameters;

    @Inject
    TalentCounts talents;

    @Inject
    TargetCounts counts;

    public RareEarthTargets() {}

    /** For use outside the container (tests). */
    public RareEarthTargets(PolicyParameters parameters, TalentCounts talents, TargetCounts counts) {
        this.parameters = parameters;
        this.talents = talents;
        this.counts = counts;
    }

    @Override
    public String policyId() {
        return POLICY;
    }

    @Override
    public List<TargetProgress> progress(ReportPeriod period) {
        return progress(ReportScope.city(period));
    }

    @Override
    public List<TargetProgress> progress(ReportScope scope) {
        Optional<Parameters> plan = plan(scope.period());
        if (plan.isEmpty()) {
            return List.of();
        }
        Parameters p = plan.get();
        ReportPeriod period = scope.period();
        String district = scope.districtCode();
        List<TargetProgress> out = new ArrayList<>();
        out.add(target("rare-earth.1", "teams", "个", p.integer(PLAN_KEY), null, counts.teams(scope)));
        out.add(target(
                "rare-earth.2",
                "doctors",
                "名",
                p.integer("rareEarth.intake.doctorTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "DOCTOR", period.from(), period.to(), district))));
        out.add(target(
                "rare-earth.2",
                "masters",
                "名",
                p.integer("rareEarth.intake.masterTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "MASTER", period.from(), period.to(), district))));
        out.add(target(
                "rare-earth.3",
                "cultivated",
                "个",
                p.integer("rareEarth.cultivation.targetMin"),
                p.integer("rareEarth.cultivation.targetMax"),
                counts.cultivated(scope)));
        out.add(target(
                "rare-earth.6",
                "graduates",
                "名",
                p.integer("rareEarth.graduateTraining.targetPerYear"),
                null,
                counts.graduates(scope)));
        out.add(target(
                "rare-earth.7",
                "trained",
                "名",
                p.integer("rareEarth.schoolTraining.targetPerYear"),
                null,
                counts.trained(scope)));
        out.add(target(
                "rare-earth.9",
                "problems",
                "项",
                p.integer("rareEarth.keyProblems.minPerYear"),
                p.integer("rareEarth.keyProblems.maxPerYear"),
                counts.problems(scope)));
        return out;
    }

    /** The parameters that plan the period, if a version covers any day of it. */
    Optional<Parameters> plan(ReportPeriod period) {
        Optional<LocalDate> day = PlanDay.of(parameters.history().versions(PLAN_KEY), period);
        return day.map(d -> parameters.at(d, "period"));
    }

    private static TargetProgress target(String clause, String name, String unit, int min, Integer max, Tally t) {
        String key = "target." + name;
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.addAll(by(Dimension.DISTRICT, t.byDistrict()));
        Map<String, Long> months = new TreeMap<>();
        t.byMonth().forEach((m, n) -> months.put(m.toString(), n));
        breakdowns.addAll(by(Dimension.MONTH, months));
        return new TargetProgress(
                POLICY,
                "rareEarth." + key,
                clause,
                Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, key),
                Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, key),
                unit,
                BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max),
                BigDecimal.valueOf(t.total()),
                breakdowns);
    }

    private static List<Breakdown> by(Dimension dimension, Map<String, Long> sums) {
        return new TreeMap<>(sums)
                .entrySet().stream()
                        .map(e -> new Breakdown(dimension, e.getKey(), e.getKey(), BigDecimal.valueOf(e.getValue())))
                        .toList();
    }
}
