package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.PlanYears;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Cadence;
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
 * masters of rare-earth 规上 enterprises (rare-earth.2, 10 / 50), cultivated talents (rare-earth.3, 1—2) — all three
 * "力争今年内", targets of 2022 only — and graduates (rare-earth.6, 100 名左右 a year), trained talents (rare-earth.7,
 * 1000 a year) and key problems (rare-earth.9, 5—10 a year). Planned from the parameters of the version in force in the
 * period ({@link PlanDay}) when the period has a plan for the target ({@link PlanYears}), else shown with none (无计划);
 * achieved in the period, by district and by month; a district's report counts in its queries only that district's
 * cases, against the city's plan.
 */
@ApplicationScoped
public class RareEarthTargets implements TargetProgressSource {

    static final String POLICY = "rare-earth";
    static final String PLAN_KEY = "rareEarth.teams.target";
    /** The year the first target is of (rare-earth.1 "力争今年内"); rare-earth.2 and .3 name theirs in their own keys. */
    static final String YEAR_KEY = "rareEarth.teams.targetYear";

    /**
     * The targets in board order: rare-earth.1–3 are of one year ("力争今年内", the year their {@code *.targetYear}
     * names), .6, .7 and .9 of every year ("每年"); .6's "100 名左右" is a reference figure, not a minimum.
     */
    static final List<Target> TARGETS = List.of(
            new Target("rare-earth.1", "teams", "个", Cadence.ONE_YEAR, YEAR_KEY, PLAN_KEY, null, false),
            new Target(
                    "rare-earth.2",
                    "doctors",
                    "名",
                    Cadence.ONE_YEAR,
                    "rareEarth.intake.targetYear",
                    "rareEarth.intake.doctorTarget",
                    null,
                    false),
            new Target(
                    "rare-earth.2",
                    "masters",
                    "名",
                    Cadence.ONE_YEAR,
                    "rareEarth.intake.targetYear",
                    "rareEarth.intake.masterTarget",
                    null,
                    false),
            new Target(
                    "rare-earth.3",
                    "cultivated",
                    "个",
                    Cadence.ONE_YEAR,
                    "rareEarth.cultivation.targetYear",
                    "rareEarth.cultivation.targetMin",
                    "rareEarth.cultivation.targetMax",
                    false),
            new Target(
                    "rare-earth.6",
                    "graduates",
                    "名",
                    Cadence.YEARLY,
                    null,
                    "rareEarth.graduateTraining.targetPerYear",
                    null,
                    true),
            new Target(
                    "rare-earth.7",
                    "trained",
                    "名",
                    Cadence.YEARLY,
                    null,
                    "rareEarth.schoolTraining.targetPerYear",
                    null,
                    false),
            new Target(
                    "rare-earth.9",
                    "problems",
                    "项",
                    Cadence.YEARLY,
                    null,
                    "rareEarth.keyProblems.minPerYear",
                    "rareEarth.keyProblems.maxPerYear",
                    false));

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
        return targets(scope, plan(scope.period()));
    }

    /**
     * Leadership's cumulative view: the one-year targets (rare-earth.1–3, "力争今年内") counted from 1 January of the
     * year they are of to the end of the version (2022–2025), against that year's plan.
     */
    @Override
    public Optional<CumulativeProgress> cumulative(ReportScope scope) {
        Optional<ReportPeriod> span = PlanYears.cumulative(parameters.history().versions(YEAR_KEY), scope.period());
        if (span.isEmpty()) {
            return Optional.empty();
        }
        ReportPeriod c = span.get();
        int year = c.from().getYear();
        List<TargetProgress> planned =
                targets(new ReportScope(c, scope.districtCode()), plan(ReportPeriod.year(year))).stream()
                        .filter(t -> t.cadence() == Cadence.ONE_YEAR && t.planned())
                        .toList();
        return planned.isEmpty() ? Optional.empty() : Optional.of(new CumulativeProgress(c, year, planned));
    }

    private List<TargetProgress> targets(ReportScope scope, Optional<Parameters> plan) {
        ReportPeriod period = scope.period();
        String district = scope.districtCode();
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : TARGETS) {
            Tally achieved =
                    switch (t.name()) {
                        case "teams" -> counts.teams(scope);
                        case "doctors", "masters" ->
                            Tally.of(talents.rareEarth(
                                    PROGRAMMES,
                                    t.name().equals("doctors") ? "DOCTOR" : "MASTER",
                                    period.from(),
                                    period.to(),
                                    district));
                        case "cultivated" -> counts.cultivated(scope);
                        case "graduates" -> counts.graduates(scope);
                        case "trained" -> counts.trained(scope);
                        case "problems" -> counts.problems(scope);
                        default -> throw new IllegalStateException(t.name());
                    };
            out.add(t.progress(plan, period, achieved));
        }
        return out;
    }

    /** The parameters that plan the period, if a version covers any day of it. */
    Optional<Parameters> plan(ReportPeriod period) {
        Optional<LocalDate> day = PlanDay.of(parameters.history().versions(PLAN_KEY), period);
        return day.map(d -> parameters.at(d, "period"));
    }

    /**
     * A target as the text sets it: its clause, how often (once, in the year {@code yearKey} names, or every year), the
     * parameters of its plan, and whether the plan is a 左右 (about) figure rather than a minimum.
     */
    record Target(
            String clause,
            String name,
            String unit,
            Cadence cadence,
            String yearKey,
            String minKey,
            String maxKey,
            boolean approximate) {

        /** The achieved figure, against the plan when the period has one for this target (else 无计划). */
        TargetProgress progress(Optional<Parameters> plan, ReportPeriod period, Tally t) {
            Optional<Integer> year =
                    plan.flatMap(p -> PlanYears.of(cadence, yearKey == null ? null : p.integer(yearKey), period));
            String key = "target." + name;
            List<Breakdown> breakdowns = new ArrayList<>();
            breakdowns.addAll(by(Dimension.DISTRICT, t.byDistrict()));
            Map<String, Long> months = new TreeMap<>();
            t.byMonth().forEach((m, n) -> months.put(m.toString(), n));
            breakdowns.addAll(by(Dimension.MONTH, months));
            Parameters p = plan.orElse(null);
            return new TargetProgress(
                    POLICY,
                    "rareEarth." + key,
                    clause,
                    Messages.in(Messages.CHINESE).get(RareEarthMessages.BUNDLE, key),
                    Messages.in(Locale.ENGLISH).get(RareEarthMessages.BUNDLE, key),
                    unit,
                    year.isEmpty() ? null : BigDecimal.valueOf(p.integer(minKey)),
                    year.isEmpty() || maxKey == null ? null : BigDecimal.valueOf(p.integer(maxKey)),
                    BigDecimal.valueOf(t.total()),
                    breakdowns,
                    cadence,
                    year.orElse(null),
                    approximate);
        }
    }

    private static List<Breakdown> by(Dimension dimension, Map<String, Long> sums) {
        return new TreeMap<>(sums)
                .entrySet().stream()
                        .map(e -> new Breakdown(dimension, e.getKey(), e.getKey(), BigDecimal.valueOf(e.getValue())))
                        .toList();
    }
}
