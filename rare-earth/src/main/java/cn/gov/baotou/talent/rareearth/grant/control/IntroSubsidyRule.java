package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;

/**
 * rare-earth.2: a 规上 rare-earth enterprise's PhD gets 20 万元 and master 10 万元 — intake's subsidy, the same purpose
 * in the same ledger, so a person intake already funded is refused (资金支持不重复).
 */
final class IntroSubsidyRule {

    private IntroSubsidyRule() {}

    static Yuan amount(SupportCase c, Parameters p, Verdict v) {
        v.check(
                c.enterprise().aboveDesignatedSize(),
                "aboveDesignatedSize",
                "check.intro.aboveSize",
                "check.intro.notAboveSize",
                c.enterprise().name());
        String degree = c.facts().category();
        boolean doctor = "DOCTOR".equals(degree);
        if (!v.check(
                doctor || "MASTER".equals(degree),
                "degree",
                "check.intro.degree",
                "check.intro.noDegree",
                RareEarthMessages.ref("degree." + degree))) {
            return null;
        }
        Yuan amount = p.money(doctor ? "rareEarth.intake.doctorSubsidyYuan" : "rareEarth.intake.masterSubsidyYuan");
        v.check(true, "subsidy", "check.intro.amount", null, RareEarthMessages.ref("degree." + degree), amount);
        return amount;
    }
}
