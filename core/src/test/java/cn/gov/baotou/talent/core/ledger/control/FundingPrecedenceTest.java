package cn.gov.baotou.talent.core.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 时间从新、标准从高、资金支持不重复 (rare-earth.closing), one case per rule and at its boundary. */
class FundingPrecedenceTest {

    static final LocalDate V2022 = LocalDate.of(2022, 4, 5);
    static final LocalDate V2026 = LocalDate.of(2026, 1, 1);
    static final FundingOffer INTAKE_2022 = new FundingOffer("intake", "intake.3.2.1", V2022, Yuan.wan(20));
    static final LocalDate SIGNED = LocalDate.of(2024, 9, 27);

    @Test
    void theFirstOfferForAPurposeIsBooked() {
        Decision d = FundingPrecedence.decide(null, INTAKE_2022);
        assertThat(d.granted()).isTrue();
        assertThat(d.amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.wan(20));
        assertThat(d.checks()).singleElement().satisfies(c -> {
            assertThat(c.clauseId()).isEqualTo("rare-earth.closing");
            assertThat(c.messageKey()).isEqualTo("ledger.precedence.first");
        });
    }

    @Test
    void aNewerVersionOfTheSamePolicyWinsEvenWithALowerAmount() {
        FundingOffer edition2026 = new FundingOffer("intake", "intake.3.2.1", V2026, Yuan.wan(15));
        Decision d = FundingPrecedence.decide(held(INTAKE_2022, false), edition2026);
        assertThat(d.granted()).isTrue();
        assertThat(d.amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.wan(15));
        assertThat(d.checks()).extracting(Check::rule).containsExactly(FundingPrecedence.NEWER, FundingPrecedence.ONCE);
        assertThat(d.checks().get(0).arguments()).containsExactly("2026-01-01", "2022-04-05");
        assertThat(d.checks().get(1).messageKey()).isEqualTo("ledger.precedence.amends");
    }

    @Test
    void anOlderVersionOfTheSamePolicyLosesEvenWithAHigherAmount() {
        FundingOffer older = new FundingOffer("intake", "intake.3.2.1", V2022, Yuan.wan(30));
        Decision d = FundingPrecedence.decide(
                held(new FundingOffer("intake", "intake.3.2.1", V2026, Yuan.wan(15)), false), older);
        assertThat(d.granted()).isFalse();
        assertThat(d.failed())
                .extracting(Check::messageKey)
                .containsExactly("ledger.precedence.older", "ledger.precedence.existing");
    }

    @Test
    void theHigherStandardOfAnotherPolicyWins() {
        FundingOffer rareEarth = new FundingOffer("rare-earth", "rare-earth.2", V2022, Yuan.of("200000.01"));
        Decision d = FundingPrecedence.decide(held(INTAKE_2022, false), rareEarth);
        assertThat(d.granted()).isTrue();
        assertThat(d.amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.of("200000.01"));
        assertThat(d.checks().get(0).rule()).isEqualTo(FundingPrecedence.HIGHER);
        assertThat(d.checks().get(0).arguments()).containsExactly("200000.01", "200000.00");
    }

    @Test
    void anEqualStandardLeavesTheHeldGrantAndTheRefusalNamesIt() {
        FundingOffer same = new FundingOffer("rare-earth", "rare-earth.2", V2022, Yuan.wan(20));
        Decision d = FundingPrecedence.decide(held(INTAKE_2022, false), same);
        assertThat(d.granted()).isFalse();
        assertThat(d.amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.wan(20));
        Check naming = d.checks().get(d.checks().size() - 1);
        assertThat(naming.messageKey()).isEqualTo("ledger.precedence.existing");
        assertThat(naming.clauseId()).isEqualTo("rare-earth.closing");
        assertThat(naming.arguments()).containsExactly("7", "intake", "intake.3.2.1", "200000.00", "2024-09-27");
        // the very same offer again is no different
        assertThat(FundingPrecedence.decide(held(INTAKE_2022, false), INTAKE_2022)
                        .granted())
                .isFalse();
    }

    @Test
    void aHigherStandardIsRefusedOnceAnythingOfTheHeldGrantIsPaid() {
        FundingOffer higher = new FundingOffer("rare-earth", "rare-earth.2", V2022, Yuan.wan(25));
        Decision d = FundingPrecedence.decide(held(INTAKE_2022, true), higher);
        assertThat(d.granted()).isFalse();
        assertThat(d.checks()).extracting(Check::passed).containsExactly(true, false);
        assertThat(d.failed()).singleElement().satisfies(c -> {
            assertThat(c.messageKey()).isEqualTo("ledger.precedence.alreadyPaid");
            assertThat(c.arguments()).containsExactly("7", "intake", "intake.3.2.1", "200000.00", "2024-09-27");
        });
        assertThat(d.amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.wan(20));
    }

    @Test
    void amongSeveralOffersTheNewestVersionOfEachPolicyThenTheHighestAmountWinsInAnyOrder() {
        FundingOffer intake2026 = new FundingOffer("intake", "intake.3.2.1", V2026, Yuan.wan(15));
        FundingOffer rareEarth = new FundingOffer("rare-earth", "rare-earth.2", V2022, Yuan.wan(18));
        for (List<FundingOffer> order : List.of(
                List.of(INTAKE_2022, intake2026, rareEarth),
                List.of(INTAKE_2022, rareEarth, intake2026),
                List.of(rareEarth, intake2026, INTAKE_2022))) {
            OfferRanking r = FundingPrecedence.choose(order);
            assertThat(r.winner()).isEqualTo(rareEarth);
            assertThat(r.decision().granted()).isTrue();
            assertThat(r.decision().amount(FundingPrecedence.TOTAL)).isEqualTo(Yuan.wan(18));
            assertThat(r.decision().checks().get(0).messageKey()).isEqualTo("ledger.precedence.winner");
            assertThat(r.decision().failed())
                    .extracting(Check::messageKey)
                    .containsExactlyInAnyOrder("ledger.precedence.superseded", "ledger.precedence.lower");
            assertThat(r.decision().checks())
                    .allSatisfy(c -> assertThat(c.clauseId()).isEqualTo("rare-earth.closing"));
        }
    }

    @Test
    void onATieTheFirstOfferedWins() {
        FundingOffer rareEarth = new FundingOffer("rare-earth", "rare-earth.2", V2022, Yuan.wan(20));
        assertThat(FundingPrecedence.choose(List.of(INTAKE_2022, rareEarth)).winner())
                .isEqualTo(INTAKE_2022);
        assertThat(FundingPrecedence.choose(List.of(rareEarth, INTAKE_2022)).winner())
                .isEqualTo(rareEarth);
    }

    private static HeldGrant held(FundingOffer offer, boolean paid) {
        return new HeldGrant(7, offer, SIGNED, paid);
    }
}
