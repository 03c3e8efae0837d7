package cn.gov.baotou.talent.rareearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.rareearth.support.control.MigrantEngineer;
import cn.gov.baotou.talent.rareearth.support.control.MigrantEngineer.CapScope;
import cn.gov.baotou.talent.rareearth.support.control.Support;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rare-earth.5 year after year: “同一人补助最高不超过10万元” as the person's total (PERSON_TOTAL, the seeded default)
 * pays each year min(30% × income, what remains); as PER_YEAR each year up to 10 万 whatever came before.
 */
class MigrantEngineerTest {

    static final BigDecimal THIRTY = new BigDecimal("0.30");
    static final Yuan CAP = Yuan.wan(10);

    @ParameterizedTest(name = "income {0}, {1} before: {2}")
    @CsvSource({
        "200000.00, 0.00, 60000.00",
        "200000.00, 60000.00, 40000.00",
        "200000.00, 39999.99, 60000.00",
        "200000.00, 40000.00, 60000.00",
        "200000.00, 40000.01, 59999.99",
        "333333.33, 0.00, 100000.00",
        "100000.00, 99999.99, 0.01",
        "100000.00, 100000.00, 0.00",
        "100000.00, 150000.00, 0.00"
    })
    void thePersonsTotalCapPaysWhatRemains(String income, String before, String paid) {
        Support s = MigrantEngineer.decide(Yuan.of(income), THIRTY, CAP, CapScope.PERSON_TOTAL, Yuan.of(before));
        assertThat(s.amount()).isEqualTo(Yuan.of(paid));
        assertThat(s.checks()).allSatisfy(c -> assertThat(c.clauseId()).isEqualTo("rare-earth.5"));
        boolean nothingLeft = Yuan.of(before).compareTo(CAP) >= 0;
        assertThat(s.checks().stream().allMatch(Check::passed)).isEqualTo(!nothingLeft);
    }

    @Test
    void perYearEachYearMayReachTheCapWhateverCameBefore() {
        Support s = MigrantEngineer.decide(Yuan.of("400000.00"), THIRTY, CAP, CapScope.PER_YEAR, Yuan.of("100000.00"));
        assertThat(s.amount()).isEqualTo(CAP);
        Check scope = s.checks().get(1);
        assertThat(Messages.in(Messages.CHINESE)
                        .get(
                                scope.bundle(),
                                scope.messageKey(),
                                scope.arguments().toArray()))
                .isEqualTo(
                        "最高 100000.00 元按年度计算（参数 rareEarth.migrantEngineer.capScope = PER_YEAR），此前年度已获的 100000.00 元不计入本年度");
    }

    @Test
    void theCapReachedIsAFailedCheckNamingWhatWasGranted() {
        Support s = MigrantEngineer.decide(Yuan.of("100000.00"), THIRTY, CAP, CapScope.PERSON_TOTAL, CAP);
        Check reached = s.checks().get(s.checks().size() - 1);
        assertThat(reached.passed()).isFalse();
        assertThat(Messages.in(Messages.CHINESE)
                        .get(
                                reached.bundle(),
                                reached.messageKey(),
                                reached.arguments().toArray()))
                .isEqualTo("同一人补助最高不超过 100000.00 元：此前年度已获 100000.00 元，已无剩余额度");
    }

    @Test
    void theSeededReadingIsThePersonsTotalValid2022To2025AndABadValueIsNamed() {
        ParameterHistory seed = ParameterHistory.seed();
        assertThat(seed.at(LocalDate.of(2022, 4, 5)).text(MigrantEngineer.CAP_SCOPE))
                .isEqualTo("PERSON_TOTAL");
        assertThat(seed.at(LocalDate.of(2025, 12, 31)).text(MigrantEngineer.CAP_SCOPE))
                .isEqualTo("PERSON_TOTAL");
        assertThat(seed.versions(MigrantEngineer.CAP_SCOPE)).singleElement().satisfies(v -> {
            assertThat(v.clauseId()).isEqualTo("rare-earth.5");
            assertThat(v.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        });
        assertThat(CapScope.of(" PER_YEAR")).isEqualTo(CapScope.PER_YEAR);
        assertThatThrownBy(() -> CapScope.of("PER_PERSON"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(MigrantEngineer.CAP_SCOPE);
    }
}
