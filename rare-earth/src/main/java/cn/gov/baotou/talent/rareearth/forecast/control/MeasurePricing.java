package cn.gov.baotou.talent.rareearth.forecast.control;

import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import cn.gov.baotou.talent.rareearth.support.control.CappedShare;
import cn.gov.baotou.talent.rareearth.support.control.GraduateTraining;

/**
 * What one application would be paid under a version of the parameters, assuming it is approved: each measure's
 * amount rule with that version's rates, caps and ranges (the same rules the applications are decided by), and —
 * where a reviewer decides the amount — the amount decided, else asked for, held within that version's range or cap.
 * A fact the rule needs and the case lacks prices it at nothing, as the decision would.
 */
public final class MeasurePricing {

    private MeasurePricing() {}

    public static Yuan price(int measureNo, ApplicationFacts f, Yuan decided, Parameters p) {
        return switch (measureNo) {
            case 1, 8 -> orZero(decided != null ? decided : f.requested());
            case 2 ->
                "DOCTOR".equals(f.category())
                        ? p.money("rareEarth.intake.doctorSubsidyYuan")
                        : "MASTER".equals(f.category()) ? p.money("rareEarth.intake.masterSubsidyYuan") : Yuan.ZERO;
            case 3 ->
                within(
                        decided != null ? decided : f.requested(),
                        p.money("rareEarth.cultivation.minYuan"),
                        p.money("rareEarth.cultivation.maxYuan"));
            case 5 -> share(5, f.basis(), "rareEarth.migrantEngineer.ratio", "rareEarth.migrantEngineer.capYuan", p);
            // 教育局's rate once set; before it, the figure an older application stated is the best estimate
            case 6 -> {
                Yuan rate = decided != null ? decided : f.rate();
                yield f.quantity() == null || rate == null
                        ? Yuan.ZERO
                        : GraduateTraining.decide(f.quantity(), rate, p.money("rareEarth.graduateTraining.capYuan"))
                                .amount();
            }
            case 10 -> f.basis() == null ? Yuan.ZERO : f.basis().times(p.decimal("rareEarth.award.matchingRatio"));
            case 11 -> {
                Yuan cap = p.money("rareEarth.patent.capYuan");
                Yuan asked = decided != null ? decided : f.requested();
                yield asked == null ? cap : asked.min(cap);
            }
            case 12 -> share(12, f.basis(), "rareEarth.events.ratio", "rareEarth.events.capYuan", p);
            case 13 -> share(13, f.basis(), "rareEarth.contribution.ratio", "rareEarth.contribution.capYuanPerYear", p);
            default -> throw new IllegalArgumentException("measure " + measureNo + " pays nothing");
        };
    }

    /**
     * Who pays it: measure 2 is intake's subsidy, shared by city and district finance as the version says (the
     * city's share half-up to the fen, the district the rest); every other measure is paid by the city.
     */
    public static Shares split(int measureNo, Yuan total, Parameters p) {
        if (measureNo != 2) {
            return new Shares(total, Yuan.ZERO);
        }
        Yuan city = total.times(p.decimal("rareEarth.intake.cityShare"));
        return new Shares(city, total.minus(city));
    }

    /** The clause a measure's amounts come from. */
    public static String clause(int measureNo) {
        return "rare-earth." + measureNo;
    }

    private static Yuan share(int measureNo, Yuan base, String ratio, String cap, Parameters p) {
        return base == null
                ? Yuan.ZERO
                : CappedShare.of("forecast", clause(measureNo), base, p.decimal(ratio), p.money(cap))
                        .amount();
    }

    /** An amount asked for within [min, max]; none asked for is the most the range allows. */
    private static Yuan within(Yuan asked, Yuan min, Yuan max) {
        return asked == null ? max : asked.max(min).min(max);
    }

    private static Yuan orZero(Yuan amount) {
        return amount == null ? Yuan.ZERO : amount;
    }
}
