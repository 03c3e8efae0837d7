package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.Set;

/**
 * rare-earth.10: a national science and technology award (any prize) to a completing unit or a main researcher, or an
 * autonomous-region award's first prize to its first completing unit or a main researcher, is matched with the same
 * amount again.
 */
final class AwardMatchingRule {

    private static final Set<String> UNITS = Set.of("FIRST_UNIT", "UNIT");

    private AwardMatchingRule() {}

    static Yuan amount(SupportCase c, Parameters p, Verdict v) {
        String level = c.facts().category();
        String role = c.facts().role();
        Integer grade = c.facts().grade();
        boolean national = "NATIONAL".equals(level);
        if (national) {
            v.check(true, "awardLevel", "check.award.national", null);
            v.check(
                    UNITS.contains(role) || "MAIN_RESEARCHER".equals(role),
                    "awardRole",
                    "check.award.role",
                    "check.award.notNationalRole",
                    RareEarthMessages.ref("role." + role));
        } else if ("REGION".equals(level)) {
            v.check(
                    grade != null && grade == 1,
                    "awardLevel",
                    "check.award.regionFirst",
                    "check.award.regionNotFirst",
                    String.valueOf(grade));
            v.check(
                    "FIRST_UNIT".equals(role) || "MAIN_RESEARCHER".equals(role),
                    "awardRole",
                    "check.award.role",
                    "check.award.notRegionRole",
                    RareEarthMessages.ref("role." + role));
        } else {
            v.check(false, "awardLevel", null, "check.award.noLevel", RareEarthMessages.ref("level." + level));
        }
        boolean person = "MAIN_RESEARCHER".equals(role);
        v.check(
                person == (c.beneficiary() == BeneficiaryKind.PERSON),
                "awardBeneficiary",
                "check.award.beneficiary",
                "check.award.wrongBeneficiary",
                RareEarthMessages.ref("role." + role));
        if (!ShareRules.present(c.facts().basis(), "basis", v)) {
            return null;
        }
        Yuan amount = c.facts().basis().times(p.decimal("rareEarth.award.matchingRatio"));
        v.check(true, "matching", "check.award.matching", null, c.facts().basis(), amount);
        return amount;
    }
}
