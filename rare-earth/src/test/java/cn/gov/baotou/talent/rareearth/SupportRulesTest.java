package cn.gov.baotou.talent.rareearth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.rareearth.support.control.CappedShare;
import cn.gov.baotou.talent.rareearth.support.control.ContributionReward;
import cn.gov.baotou.talent.rareearth.support.control.GraduateTraining;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every cap of the paying measures at its boundary, with the 2022 numbers. */
class SupportRulesTest {

    static final BigDecimal THIRTY = new BigDecimal("0.30");
    static final BigDecimal HALF = new BigDecimal("0.50");

    @Test
    void migrantEngineerIncomeWhose30PercentIsExactly10WanGets10Wan() {
        assertThat(migrant("333333.33")).isEqualTo(Yuan.of("100000.00"));
        assertThat(migrant("333333.34")).isEqualTo(Yuan.of("100000.00"));
        assertThat(migrant("333333.30")).isEqualTo(Yuan.of("99999.99"));
        assertThat(migrant("1000000.00")).isEqualTo(Yuan.of("100000.00"));
        assertThat(migrant("0.05")).isEqualTo(Yuan.of("0.02"));
    }

    @Test
    void innovationEventWhoseHalfIsExactly50WanGets50Wan() {
        assertThat(event("1000000.00")).isEqualTo(Yuan.of("500000.00"));
        assertThat(event("1000000.02")).isEqualTo(Yuan.of("500000.00"));
        assertThat(event("999999.98")).isEqualTo(Yuan.of("499999.99"));
    }

    @Test
    void contributionOfExactly50WanIsRewardedInFullAndMoreIsCapped() {
        LocalDate hired = LocalDate.parse("2022-07-01");
        assertThat(reward(hired, "2022-07-01", "500000.00").amount()).isEqualTo(Yuan.of("500000.00"));
        assertThat(reward(hired, "2023-07-01", "800000.00").amount()).isEqualTo(Yuan.of("500000.00"));
        assertThat(reward(hired, "2023-07-01", "800000.00").yearOfReward()).isEqualTo(2);
    }

    @Test
    void theFirstDayOfYear4GetsNothing() {
        LocalDate hired = LocalDate.parse("2022-07-01");
        assertThat(reward(hired, "2024-07-01", "100000.00").yearOfReward()).isEqualTo(3);
        ContributionReward.Reward year4 = reward(hired, "2025-07-01", "100000.00");
        assertThat(year4.yearOfReward()).isZero();
        assertThat(year4.amount()).isEqualTo(Yuan.ZERO);
        assertThat(year4.checks().get(0).passed()).isFalse();
        assertThat(year4.checks().get(0).messageKey()).isEqualTo("check.reward.afterLastYear");
        assertThat(reward(hired, "2023-01-01", "100000.00").checks().get(0).messageKey())
                .isEqualTo("check.reward.notAnniversary");
    }

    @Test
    void aLeapDayHireHasItsAnniversaryOnThe28thOfFebruary() {
        assertThat(ContributionReward.yearOfReward(LocalDate.parse("2024-02-29"), LocalDate.parse("2025-02-28"), 3))
                .isEqualTo(2);
    }

    @Test
    void graduateTrainingByNumberEnrolledUpTo50Wan() {
        assertThat(GraduateTraining.decide(100, Yuan.of("5000.00"), Yuan.wan(50))
                        .amount())
                .isEqualTo(Yuan.of("500000.00"));
        assertThat(GraduateTraining.decide(101, Yuan.of("5000.00"), Yuan.wan(50))
                        .amount())
                .isEqualTo(Yuan.of("500000.00"));
        assertThat(GraduateTraining.decide(99, Yuan.of("5000.00"), Yuan.wan(50)).amount())
                .isEqualTo(Yuan.of("495000.00"));
        assertThat(GraduateTraining.decide(0, Yuan.of("5000.00"), Yuan.wan(50)).amount())
                .isEqualTo(Yuan.ZERO);
    }

    private static Yuan migrant(String income) {
        return CappedShare.of("migrantEngineer", "rare-earth.5", Yuan.of(income), THIRTY, Yuan.wan(10))
                .amount();
    }

    private static Yuan event(String spending) {
        return CappedShare.of("innovationEvent", "rare-earth.12", Yuan.of(spending), HALF, Yuan.wan(50))
                .amount();
    }

    private static ContributionReward.Reward reward(LocalDate hired, String start, String contribution) {
        return ContributionReward.decide(
                hired, LocalDate.parse(start), Yuan.of(contribution), BigDecimal.ONE, Yuan.wan(50), 3);
    }
}
