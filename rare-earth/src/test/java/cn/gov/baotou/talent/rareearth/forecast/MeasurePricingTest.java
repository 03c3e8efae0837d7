package cn.gov.baotou.talent.rareearth.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.forecast.control.MeasurePricing;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each paying measure's amount under the version in force (2022's, the newest in 2026) and under drafts that move a
 * cap, a ratio or a share — at the boundaries where a cap binds under one version and not under the other.
 */
class MeasurePricingTest {

    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";
    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private final ParameterHistory seed = ParameterHistory.seed();
    private final Parameters inForce = seed.newestOn(DAY);

    @Test
    void aMigrantEngineerAt400000IsCappedAt10WanInForceButNotUnderA15WanCap() {
        Parameters draft = draft("rare-earth.5", "rareEarth.migrantEngineer.capYuan", "MONEY", "150000.00");
        ApplicationFacts f = facts("CONSULTING", "400000.00", null, null, null);
        assertThat(MeasurePricing.price(5, f, null, inForce)).isEqualTo(Yuan.wan(10));
        assertThat(MeasurePricing.price(5, f, null, draft)).isEqualTo(Yuan.wan(12));
        // 30% of 333333.33 is 99999.999, 100000.00 to the fen: exactly the cap, under both
        ApplicationFacts atCap = facts("CONSULTING", "333333.33", null, null, null);
        assertThat(MeasurePricing.price(5, atCap, null, inForce)).isEqualTo(Yuan.wan(10));
        assertThat(MeasurePricing.price(5, atCap, null, draft)).isEqualTo(Yuan.wan(10));
        assertThat(MeasurePricing.price(5, facts("CONSULTING", "300000.00", null, null, null), null, draft))
                .isEqualTo(Yuan.wan(9));
    }

    @Test
    void anEventWhoseHalfIsExactly50WanStaysAt50WanWhenTheDraftRaisesTheShareButNotTheCap() {
        ApplicationFacts spent = facts(null, "1000000.00", null, null, null);
        assertThat(MeasurePricing.price(12, spent, null, inForce)).isEqualTo(Yuan.wan(50));
        Parameters moreShare = draft("rare-earth.12", "rareEarth.events.ratio", "DECIMAL", "0.60");
        assertThat(MeasurePricing.price(12, spent, null, moreShare)).isEqualTo(Yuan.wan(50));
        Parameters higherCap = draft("rare-earth.12", "rareEarth.events.capYuan", "MONEY", "800000.00");
        assertThat(MeasurePricing.price(12, facts(null, "1200000.00", null, null, null), null, inForce))
                .isEqualTo(Yuan.wan(50));
        assertThat(MeasurePricing.price(12, facts(null, "1200000.00", null, null, null), null, higherCap))
                .isEqualTo(Yuan.wan(60));
    }

    @Test
    void aContributionOf60WanIsCappedAt50WanAYearInForceAndPaidWholeUnderA70WanCap() {
        Parameters draft = draft("rare-earth.13", "rareEarth.contribution.capYuanPerYear", "MONEY", "700000.00");
        ApplicationFacts contributed = facts("TALENT_CLASS", "600000.00", null, null, null);
        assertThat(MeasurePricing.price(13, contributed, null, inForce)).isEqualTo(Yuan.wan(50));
        assertThat(MeasurePricing.price(13, contributed, null, draft)).isEqualTo(Yuan.wan(60));
        assertThat(MeasurePricing.price(13, facts("TALENT_CLASS", "500000.00", null, null, null), null, inForce))
                .isEqualTo(Yuan.wan(50));
    }

    @Test
    void graduateTrainingOf30At2WanIsCappedAt50WanUnlessTheDraftRaisesTheCap() {
        ApplicationFacts point = facts(null, null, 30, "20000.00", null);
        assertThat(MeasurePricing.price(6, point, null, inForce)).isEqualTo(Yuan.wan(50));
        Parameters draft = draft("rare-earth.6", "rareEarth.graduateTraining.capYuan", "MONEY", "800000.00");
        assertThat(MeasurePricing.price(6, point, null, draft)).isEqualTo(Yuan.wan(60));
    }

    @Test
    void theDoctorOfMeasure2IsSharedAsTheVersionSaysSoADraftMovesTheDistrictsShare() {
        ApplicationFacts doctor = facts("DOCTOR", null, null, null, null);
        Yuan total = MeasurePricing.price(2, doctor, null, inForce);
        assertThat(total).isEqualTo(Yuan.wan(20));
        assertThat(MeasurePricing.split(2, total, inForce)).isEqualTo(new Shares(Yuan.wan(10), Yuan.wan(10)));
        Parameters draft = draft("rare-earth.2", "rareEarth.intake.cityShare", "DECIMAL", "0.6");
        assertThat(MeasurePricing.split(2, MeasurePricing.price(2, doctor, null, draft), draft))
                .isEqualTo(new Shares(Yuan.wan(12), Yuan.wan(8)));
        // an odd fen goes to the city, half-up
        assertThat(MeasurePricing.split(2, Yuan.of("100000.01"), inForce))
                .isEqualTo(new Shares(Yuan.of("50000.01"), Yuan.of("50000.00")));
        // every other measure is the city's alone
        assertThat(MeasurePricing.split(5, Yuan.wan(10), inForce)).isEqualTo(new Shares(Yuan.wan(10), Yuan.ZERO));
    }

    @Test
    void reviewerAmountsAreHeldWithinEachVersionsRangeOrCapAndUnaskedOnesAtTheMost() {
        ApplicationFacts asked30Wan = facts("NATIONAL", null, null, null, "300000.00");
        assertThat(MeasurePricing.price(3, asked30Wan, null, inForce)).isEqualTo(Yuan.wan(20));
        Parameters wider = draft("rare-earth.3", "rareEarth.cultivation.maxYuan", "MONEY", "250000.00");
        assertThat(MeasurePricing.price(3, asked30Wan, null, wider)).isEqualTo(Yuan.wan(25));
        assertThat(MeasurePricing.price(3, facts("REGION", null, null, null, "30000.00"), null, inForce))
                .isEqualTo(Yuan.wan(5));
        assertThat(MeasurePricing.price(3, facts("REGION", null, null, null, null), Yuan.wan(8), inForce))
                .isEqualTo(Yuan.wan(8));
        assertThat(MeasurePricing.price(11, facts("INVENTION", "900000.00", null, null, null), null, inForce))
                .isEqualTo(Yuan.wan(10));
        assertThat(MeasurePricing.price(11, facts("INVENTION", "900000.00", null, null, "60000.00"), null, inForce))
                .isEqualTo(Yuan.wan(6));
        // case by case (一事一议): no parameter, the same under every version
        assertThat(MeasurePricing.price(1, facts(null, null, null, null, "800000.00"), null, wider))
                .isEqualTo(Yuan.wan(80));
        assertThat(MeasurePricing.price(8, facts(null, null, null, null, null), null, inForce))
                .isEqualTo(Yuan.ZERO);
    }

    @Test
    void anAwardIsMatchedAtTheVersionsRatio() {
        ApplicationFacts award = facts("NATIONAL", "150000.00", null, null, null);
        assertThat(MeasurePricing.price(10, award, null, inForce)).isEqualTo(Yuan.wan(15));
        Parameters half = draft("rare-earth.10", "rareEarth.award.matchingRatio", "DECIMAL", "0.5");
        assertThat(MeasurePricing.price(10, award, null, half)).isEqualTo(Yuan.of("75000.00"));
    }

    private Parameters draft(String clause, String key, String type, String value) {
        return seed.withDraft(
                ParameterHistory.read(HEADER + "rare-earth," + clause + "," + key + "," + type + "," + value
                                + ",元,草稿,2026,2026-01-01,2026-12-31\n")
                        .all(),
                DAY);
    }

    static ApplicationFacts facts(String category, String basis, Integer quantity, String rate, String requested) {
        return new ApplicationFacts(
                "测算",
                category,
                null,
                null,
                null,
                basis == null ? null : Yuan.of(basis),
                null,
                quantity,
                rate == null ? null : Yuan.of(rate),
                requested == null ? null : Yuan.of(requested),
                true,
                null,
                null,
                null,
                null);
    }
}
