package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import cn.gov.baotou.talent.rareearth.measure.entity.TalentCounts;
import cn.gov.baotou.talent.rareearth.measure.entity.TargetCounts;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The measures' targets for reporting and the board: teams (rare-earth.1), PhDs and masters of rare-earth 规上
 * enterprises (rare-earth.2), cultivated talents (rare-earth.3), graduates (rare-earth.6), trained talents
 * (rare-earth.7) and key problems (rare-earth.9), each planned from the parameters of the version in force at the end
 * of the period.
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
    public List<TargetProgress> progress(ReportPeriod period) {
        Parameters p = parameters.at(parameters.newestDay("rareEarth.teams.target", period.to()));
        List<TargetProgress> out = new ArrayList<>();
        out.add(target(
                "rare-earth.1", "target.teams", p.integer("rareEarth.teams.target"), null, counts.teams(period)));
        out.add(target(
                "rare-earth.2",
                "target.doctors",
                p.integer("rareEarth.intake.doctorTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "DOCTOR", period.from(), period.to()))));
        out.add(target(
                "rare-earth.2",
                "target.masters",
                p.integer("rareEarth.intake.masterTarget"),
                null,
                Tally.of(talents.rareEarth(PROGRAMMES, "MASTER", period.from(), period.to()))));
        out.add(target(
                "rare-earth.3",
                "target.cultivated",
                p.integer("rareEarth.cultivation.targetMin"),
                (long) p.integer("rareEarth.cultivation.targetMax"),
                counts.cultivated(period)));
        out.add(target(
                "rare-earth.6",
                "target.graduates",
                p.integer("rareEarth.graduateTraining.targetPerYear"),
                null,
                counts.graduates(period)));
        out.add(target(
                "rare-earth.7",
                "target.trained",
                p.integer("rareEarth.schoolTraining.targetPerYear"),
                null,
                counts.trained(period)));
        out.add(target(
                "rare-earth.9",
                "target.problems",
                p.integer("rareEarth.keyProblems.minPerYear"),
                (long) p.integer("rareEarth.keyProblems.maxPerYear"),
                counts.problems(period)));
        return out;
    }

    private static TargetProgress target(String clause, String label, long min, Long max, Tally t) {
        return new TargetProgress(
                POLICY, clause, RareEarthMessages.BUNDLE, label, min, max, t.total(), t.byDistrict(), t.byMonth());
    }
}
