package cn.gov.baotou.talent.core.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** intake.3.2.1 (市级财政、属地财政 1:1) and the recovery split back: exact to the fen, the shares adding up. */
class FundingSplitTest {

    @Test
    void aPhdSubsidyOf200000IsTwoHalvesOf100000() {
        assertThat(FundingSplit.halves(Yuan.wan(20))).isEqualTo(new Shares(Yuan.of("100000.00"), Yuan.of("100000.00")));
        assertThat(FundingSplit.halves(Yuan.wan(10))).isEqualTo(new Shares(Yuan.of("50000.00"), Yuan.of("50000.00")));
    }

    @Test
    void anOddFenGoesToTheCity() {
        assertThat(FundingSplit.halves(Yuan.of("100000.01")))
                .isEqualTo(new Shares(Yuan.of("50000.01"), Yuan.of("50000.00")));
        assertThat(FundingSplit.halves(Yuan.of("0.01"))).isEqualTo(new Shares(Yuan.of("0.01"), Yuan.ZERO));
        assertThat(FundingSplit.halves(Yuan.of("0.03"))).isEqualTo(new Shares(Yuan.of("0.02"), Yuan.of("0.01")));
    }

    @Test
    void halvesAlwaysAddUpToTheTotal() {
        for (long fen = 1; fen <= 2_000; fen++) {
            Yuan total = new Yuan(BigDecimal.valueOf(fen, 2));
            Shares s = FundingSplit.halves(total);
            assertThat(s.total()).isEqualTo(total);
            assertThat(s.city().minus(s.district()).amount()).isBetween(BigDecimal.ZERO, new BigDecimal("0.01"));
        }
    }

    @Test
    void aRecoveryIsSplitInProportionToWhatEachFinancePaid() {
        Shares paid = new Shares(Yuan.of("100000.00"), Yuan.of("60000.00"));
        assertThat(FundingSplit.recovery(Yuan.of("80000.00"), paid, Shares.NONE))
                .isEqualTo(new Shares(Yuan.of("50000.00"), Yuan.of("30000.00")));
        // only the city has paid: all of it goes back to the city
        Shares cityOnly = new Shares(Yuan.of("100000.00"), Yuan.ZERO);
        assertThat(FundingSplit.recovery(Yuan.of("40000.00"), cityOnly, Shares.NONE))
                .isEqualTo(new Shares(Yuan.of("40000.00"), Yuan.ZERO));
    }

    @Test
    void aRecoveryIsRoundedHalfUpToTheFenAndStillAddsUp() {
        // 0.03 x 100000.01 / 200000.01 = 0.0150000…: half-up to 0.02 for the city, 0.01 for the district
        Shares paid = new Shares(Yuan.of("100000.01"), Yuan.of("100000.00"));
        assertThat(FundingSplit.recovery(Yuan.of("0.03"), paid, Shares.NONE))
                .isEqualTo(new Shares(Yuan.of("0.02"), Yuan.of("0.01")));
        // 1/3 and 2/3 of 100.00
        Shares thirds = new Shares(Yuan.of("100.00"), Yuan.of("200.00"));
        assertThat(FundingSplit.recovery(Yuan.of("100.00"), thirds, Shares.NONE))
                .isEqualTo(new Shares(Yuan.of("33.33"), Yuan.of("66.67")));
    }

    @Test
    void successiveRecoveriesNeverTakeFromAFinanceMoreThanItPaidAndEndExactlyAtWhatWasPaid() {
        Random random = new Random(20220405);
        for (int round = 0; round < 300; round++) {
            Shares paid = new Shares(fen(1 + random.nextInt(30_000_000)), fen(random.nextInt(30_000_000)));
            Shares recovered = Shares.NONE;
            while (recovered.total().compareTo(paid.total()) < 0) {
                long left = paid.total()
                        .minus(recovered.total())
                        .amount()
                        .movePointRight(2)
                        .longValueExact();
                Yuan amount =
                        fen(1 + (random.nextInt(4) == 0 ? left - 1 : random.nextInt((int) Math.min(left, 5_000_000))));
                Shares split = FundingSplit.recovery(amount, paid, recovered);
                assertThat(split.total()).isEqualTo(amount);
                assertThat(split.city().amount().signum()).isNotNegative();
                assertThat(split.district().amount().signum()).isNotNegative();
                recovered = new Shares(
                        recovered.city().plus(split.city()),
                        recovered.district().plus(split.district()));
                assertThat(recovered.city()).isLessThanOrEqualTo(paid.city());
                assertThat(recovered.district()).isLessThanOrEqualTo(paid.district());
            }
            assertThat(recovered).isEqualTo(paid);
        }
    }

    @Test
    void aRecoveryBeyondWhatIsLeftIsRefused() {
        Shares paid = new Shares(Yuan.of("100000.00"), Yuan.of("100000.00"));
        Shares before = new Shares(Yuan.of("50000.00"), Yuan.of("50000.00"));
        assertThatThrownBy(() -> FundingSplit.recovery(Yuan.of("100000.01"), paid, before))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingSplit.recovery(Yuan.ZERO, paid, Shares.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Yuan fen(long fen) {
        return new Yuan(BigDecimal.valueOf(fen, 2));
    }
}
