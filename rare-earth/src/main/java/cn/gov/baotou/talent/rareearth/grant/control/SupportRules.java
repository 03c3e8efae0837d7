package cn.gov.baotou.talent.rareearth.grant.control;

import static cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind.ENTERPRISE;
import static cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind.PERSON;

import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One entry for the rules of every paying measure: the checks all share (a rare-earth enterprise applies, for whom
 * the measure pays), then the measure's own. The decision's {@code total} is what the ledger is asked to book.
 */
public final class SupportRules {

    public static final String TOTAL = Verdict.TOTAL;

    /** Whom each paying measure pays: a person, an enterprise (unit, team, training point, organiser), or either. */
    private static final Map<Integer, Set<BeneficiaryKind>> BENEFICIARIES = Map.of(
            1, EnumSet.of(ENTERPRISE),
            2, EnumSet.of(PERSON),
            3, EnumSet.of(PERSON, ENTERPRISE),
            5, EnumSet.of(PERSON),
            6, EnumSet.of(ENTERPRISE),
            8, EnumSet.of(ENTERPRISE),
            10, EnumSet.of(PERSON, ENTERPRISE),
            11, EnumSet.of(PERSON, ENTERPRISE),
            12, EnumSet.of(ENTERPRISE),
            13, EnumSet.of(PERSON));

    private SupportRules() {}

    public static boolean pays(int measureNo) {
        return BENEFICIARIES.containsKey(measureNo);
    }

    public static Set<BeneficiaryKind> beneficiaries(int measureNo) {
        return BENEFICIARIES.getOrDefault(measureNo, Set.of());
    }

    /**
     * Whether a reviewer decides the amount (within the text's range or up to its cap) and says why — for measure 6 the
     * amount per graduate, which 教育局 sets in its review (the text names no rate, and the applicant's is not the rule).
     */
    public static boolean decidedByReviewer(int measureNo) {
        return measureNo == 1 || measureNo == 3 || measureNo == 6 || measureNo == 8 || measureNo == 11;
    }

    /** Whether what the reviewer decides is measure 6's amount per graduate rather than the amount itself. */
    public static boolean decidesRatePerGraduate(int measureNo) {
        return measureNo == 6;
    }

    public static Decision decide(SupportCase c, Parameters p) {
        if (!pays(c.measureNo())) {
            throw new IllegalArgumentException("measure " + c.measureNo() + " pays nothing");
        }
        Verdict v = new Verdict(c.clauseId());
        v.check(
                c.enterprise().rareEarth(),
                "rareEarthEnterprise",
                "check.enterprise.rareEarth",
                "check.enterprise.notRareEarth",
                c.enterprise().name());
        v.check(
                beneficiaries(c.measureNo()).contains(c.beneficiary()),
                "beneficiary",
                "check.beneficiary.allowed",
                "check.beneficiary.notAllowed",
                RareEarthMessages.ref("beneficiary." + c.beneficiary().name()));
        Yuan amount =
                switch (c.measureNo()) {
                    case 1, 8 -> ReviewerAmount.caseByCase(c, v);
                    case 2 -> IntroSubsidyRule.amount(c, p, v);
                    case 3 ->
                        ReviewerAmount.within(
                                c,
                                v,
                                p.money("rareEarth.cultivation.minYuan"),
                                p.money("rareEarth.cultivation.maxYuan"));
                    case 5 -> ShareRules.migrantEngineer(c, p, v);
                    case 6 -> ShareRules.graduateTraining(c, p, v);
                    case 10 -> AwardMatchingRule.amount(c, p, v);
                    case 11 -> ReviewerAmount.patent(c, v, p.money("rareEarth.patent.capYuan"));
                    case 12 -> ShareRules.innovationEvent(c, p, v);
                    case 13 -> ContributionRule.amount(c, p, v);
                    default -> throw new IllegalStateException("no rule for measure " + c.measureNo());
                };
        return v.decide(amount);
    }
}
