package cn.gov.baotou.talent.intake.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default recovery of intake.6.3 over the 60 months of intake.6.1. */
class RecoveryProposalTest {

    private static final Yuan HALF = Yuan.of("100000.00");

    @Test
    void after59FullMonthsOneSixtiethIsRecoveredHalfFromEachFinance() {
        RecoveryProposal p =
                RecoveryProposal.of(LocalDate.parse("2022-07-15"), LocalDate.parse("2027-06-15"), 60, HALF, HALF);
        assertThat(p.servedMonths()).isEqualTo(59);
        assertThat(p.unservedMonths()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(Yuan.of("3333.33"));
        assertThat(p.city().plus(p.district())).isEqualTo(p.total());
        assertThat(p.city()).isEqualTo(Yuan.of("1666.67"));
        assertThat(p.district()).isEqualTo(Yuan.of("1666.66"));
    }

    @Test
    void aDayShortOf60FullMonthsIsStill59() {
        RecoveryProposal p =
                RecoveryProposal.of(LocalDate.parse("2022-07-15"), LocalDate.parse("2027-07-14"), 60, HALF, HALF);
        assertThat(p.servedMonths()).isEqualTo(59);
    }

    @Test
    void after60FullMonthsNothingIsRecovered() {
        RecoveryProposal p =
                RecoveryProposal.of(LocalDate.parse("2022-07-15"), LocalDate.parse("2027-07-15"), 60, HALF, HALF);
        assertThat(p.servedMonths()).isEqualTo(60);
        assertThat(p.unservedMonths()).isZero();
        assertThat(p.total()).isEqualTo(Yuan.ZERO);
    }

    @Test
    void leavingOnTheSigningDayRecoversEverythingInTheProportionPaid() {
        RecoveryProposal p = RecoveryProposal.of(
                LocalDate.parse("2023-01-10"),
                LocalDate.parse("2023-01-10"),
                60,
                Yuan.of("100000.00"),
                Yuan.of("50000.00"));
        assertThat(p.total()).isEqualTo(Yuan.of("150000.00"));
        assertThat(p.city()).isEqualTo(Yuan.of("100000.00"));
        assertThat(p.district()).isEqualTo(Yuan.of("50000.00"));
    }

    @Test
    void whenOnlyTheCityPaidOnlyTheCityRecovers() {
        RecoveryProposal p = RecoveryProposal.of(
                LocalDate.parse("2023-01-10"), LocalDate.parse("2024-01-10"), 60, Yuan.of("100000.00"), Yuan.ZERO);
        assertThat(p.servedMonths()).isEqualTo(12);
        assertThat(p.total()).isEqualTo(Yuan.of("80000.00"));
        assertThat(p.city()).isEqualTo(Yuan.of("80000.00"));
        assertThat(p.district()).isEqualTo(Yuan.ZERO);
    }
}
