package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.support.control.ContributionReward;
import java.time.LocalDate;

/**
 * rare-earth.13, who qualifies: a full-time talent of class 6 or above (第一至六类) of the 2021 catalogue; or the
 * principal or technical lead of a high-tech enterprise or of one whose tax last year was more than 1000 万元 (超过: not
 * 1000 万 itself), once employed full-time for 2 consecutive years (届满: the anniversary itself counts). Then
 * {@link ContributionReward} for the reward year.
 */
final class ContributionRule {

    private ContributionRule() {}

    static Yuan amount(SupportCase c, Parameters p, Verdict v) {
        ApplicationFacts f = c.facts();
        v.check(f.fullTime(), "fullTime", "check.contribution.fullTime", "check.contribution.notFullTime");
        if (!ShareRules.present(f.hiredOn(), "hiredOn", v)) {
            return null;
        }
        String who = f.category();
        if ("TALENT_CLASS".equals(who)) {
            int lowest = p.integer("rareEarth.contribution.lowestTalentClass");
            v.check(
                    f.grade() != null && f.grade() >= 1 && f.grade() <= lowest,
                    "talentClass",
                    "check.contribution.class",
                    "check.contribution.classTooLow",
                    String.valueOf(f.grade()),
                    lowest);
        } else if ("PRINCIPAL".equals(who) || "TECHNICAL_LEAD".equals(who)) {
            enterprise(c, p, v);
            int years = p.integer("rareEarth.contribution.priorEmploymentYears");
            LocalDate served = f.hiredOn().plusYears(years);
            v.check(
                    !served.isAfter(c.assessedOn()),
                    "employment",
                    "check.contribution.employed",
                    "check.contribution.notYetEmployed",
                    f.hiredOn(),
                    years,
                    served,
                    c.assessedOn());
        } else {
            v.check(false, "who", null, "check.contribution.noBasis", RareEarthMessages.ref("who." + who));
        }
        if (!ShareRules.present(f.periodStart(), "periodStart", v) || !ShareRules.present(f.basis(), "basis", v)) {
            return null;
        }
        ContributionReward.Reward r = ContributionReward.decide(
                f.hiredOn(),
                f.periodStart(),
                f.basis(),
                p.decimal("rareEarth.contribution.ratio"),
                p.money("rareEarth.contribution.capYuanPerYear"),
                p.integer("rareEarth.contribution.years"));
        v.add(r.checks());
        return r.amount();
    }

    /** A high-tech enterprise on the day assessed, or one whose tax last year was more than the threshold. */
    private static void enterprise(SupportCase c, Parameters p, Verdict v) {
        Yuan threshold = p.money("rareEarth.contribution.enterpriseTaxAboveYuan");
        Yuan tax = c.facts().tax();
        boolean highTech = c.enterprise().highTechOn(c.assessedOn());
        boolean taxAbove = tax != null && tax.compareTo(threshold) > 0;
        v.check(
                highTech || taxAbove,
                "enterprise",
                highTech ? "check.contribution.highTech" : "check.contribution.taxAbove",
                "check.contribution.neither",
                c.enterprise().name(),
                String.valueOf(tax),
                threshold);
    }
}
