package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import cn.gov.baotou.talent.rareearth.measure.entity.TalentCounts;
import cn.gov.baotou.talent.rareearth.measure.entity.TargetCounts;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures' targets for reporting and the board: teams (rare-earth.1), PhDs and masters of rare-earth 规上
 * enterprises (rare-earth.2), cultivated talents (rare-earth.3), graduates (rare-earth.6), trained talents
 * (rare-earth.7) and key problems (rare-earth.9), each planned from the parameters of the version in force at the end
 * of the period, achieved in the period, by district and by month. City-wide counts: no scope applies.
 */
@ApplicationScoped
public class RareEarthTargets implements TargetProgressSource {

    static final String POLICY = "rare-earth";
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
        Parameters p;
        try {
            p = parameters.at(parameters.newestDay("rareEarth.teams.target", period.to()));
            p.integer("rareEarth.teams.target");
        } catch (ParameterNotCovered e) {
            // a period before the first version: the measures had no targets yet
            return List.of();
        }
        List<TargetProgress> out = new ArrayList<>();
        out.add(target("rare-earth.1", "teams", "个", p.integer("rareEarth.teams.target"), null, counts.teams(period)));
        out.add(target(
                "rare-earth.2",
                "doctors",
                "名",
                p.integer("rareEarth.intake.doctorTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "DOCTOR", period.from(), period.to()))));
        out.add(target(
                "rare-earth.2",
                "masters",
                "名",
                p.integer("rareEarth.intake.masterTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "MASTER", period.from(), period.to()))));
        out.add(target(
                "rare-earth.3",
                "cultivated",
                "个",
                p.integer("rareEarth.cultivation.targetMin"),
                p.integer("rareEarth.cultivation.targetMax"),
                counts.cultivated(period)));
        out.add(target(
                "rare-earth.6",
                "graduates",
                "名",
                p.integer("rareEarth.graduateTraining.targetPerYear"),
                null,
                counts.graduates(period)));
        out.add(target(
                "rare-earth.7",
                "trained",
                "名",
                p.integer("rareEarth.schoolTraining.targetPerYear"),
                null,
                counts.trained(period)));
        out.add(target(
                "rare-earth.9",
                "problems",
                "项",
                p.integer("rareEarth.keyProblems.minPerYear"),
                p.integer("rareEarth.keyProblems.maxPerYear"),
                counts.problems(period)));
        return out;
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
