package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.support.control.CappedShare;
import cn.gov.baotou.talent.rareearth.support.control.GraduateTraining;
import cn.gov.baotou.talent.rareearth.support.control.MigrantEngineer;
import cn.gov.baotou.talent.rareearth.support.control.Support;
import java.util.Set;

/**
 * The measures that pay a share up to a cap, on an application: 候鸟式 engineers (rare-earth.5), graduate training
 * points (rare-earth.6), innovation events (rare-earth.12) — the public calculator's rules, with the facts they need.
 */
final class ShareRules {

    private static final Set<String> MIGRANT_WAYS = Set.of("CONSULTING", "PART_TIME", "TECH_SHARES");

    private ShareRules() {}

    static Yuan migrantEngineer(SupportCase c, Parameters p, Verdict v) {
        String way = c.facts().category();
        v.check(
                MIGRANT_WAYS.contains(way),
                "engagement",
                "check.migrant.way",
                "check.migrant.noWay",
                RareEarthMessages.ref("way." + way));
        if (!present(c.facts().basis(), "basis", v)) {
            return null;
        }
        Support s = MigrantEngineer.decide(
                c.facts().basis(),
                p.decimal("rareEarth.migrantEngineer.ratio"),
                p.money("rareEarth.migrantEngineer.capYuan"),
                MigrantEngineer.CapScope.of(p.text(MigrantEngineer.CAP_SCOPE)),
                c.grantedBefore());
        v.add(s.checks());
        return s.amount();
    }

    /**
     * rare-earth.6 “按照招收培养的研究生数量，给予最高50万元经费支持”: the number enrolled times the amount per graduate that
     * 市教育局 (the measure's lead) sets in its review with its reason — never the applicant's own figure — at most the cap.
     */
    static Yuan graduateTraining(SupportCase c, Parameters p, Verdict v) {
        boolean year = present(c.facts().periodStart(), "periodStart", v);
        boolean count = present(c.facts().quantity(), "quantity", v);
        if (c.decided() == null) {
            v.check(false, "ratePerGraduate", null, "check.training.ratePending");
            return null;
        }
        boolean reason = c.decisionReason() != null && !c.decisionReason().isBlank();
        v.check(reason, "decisionReason", "check.training.rateReason", "check.decided.noReason", c.decisionReason());
        if (!year || !count) {
            return null;
        }
        Support s = GraduateTraining.decide(
                c.facts().quantity(), c.decided(), p.money("rareEarth.graduateTraining.capYuan"));
        v.add(s.checks());
        v.check(c.facts().quantity() > 0, "graduates", "check.training.enrolled", "check.training.none");
        return s.amount();
    }

    static Yuan innovationEvent(SupportCase c, Parameters p, Verdict v) {
        if (!present(c.facts().basis(), "basis", v)) {
            return null;
        }
        Support s = CappedShare.of(
                "innovationEvent",
                "rare-earth.12",
                c.facts().basis(),
                p.decimal("rareEarth.events.ratio"),
                p.money("rareEarth.events.capYuan"));
        v.add(s.checks());
        return s.amount();
    }

    /** A fact the rule needs, or a failed check naming it. */
    static boolean present(Object value, String field, Verdict v) {
        return value != null
                || v.check(false, field, null, "check.fact.missing", RareEarthMessages.ref("field." + field));
    }
}
