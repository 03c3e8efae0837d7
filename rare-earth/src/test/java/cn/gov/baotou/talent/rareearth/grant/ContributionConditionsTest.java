package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import cn.gov.baotou.talent.rareearth.grant.control.EnterpriseFacts;
import cn.gov.baotou.talent.rareearth.grant.control.SupportCase;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * rare-earth.13's conditions at their boundaries: 六类及以上 admits class 6 and not 7; 超过 1000 万元 does not admit
 * 1000 万 itself; 连续 2 年 is met on the second anniversary and not the day before; and full-time is required.
 */
class ContributionConditionsTest {

    static final Parameters P = ParameterHistory.seed().at(LocalDate.of(2024, 9, 27));
    static final LocalDate HIRED = LocalDate.of(2022, 7, 1);
    static final EnterpriseFacts PLAIN = new EnterpriseFacts("包头示范稀土抛光粉有限公司", true, true, false, null);
    static final EnterpriseFacts HIGH_TECH =
            new EnterpriseFacts("包头示范稀土永磁材料有限公司", true, true, true, LocalDate.of(2025, 12, 14));

    @Test
    void classSixAndAboveQualifyClassSevenDoesNot() {
        assertThat(talent(6).granted()).isTrue();
        assertThat(talent(1).granted()).isTrue();
        Decision seven = talent(7);
        assertThat(seven.granted()).isFalse();
        assertThat(failed(seven)).isEqualTo("check.contribution.classTooLow");
        assertThat(seven.amount(SupportRules.TOTAL)).isEqualTo(Yuan.ZERO);
    }

    @Test
    void taxOfExactly1000WanIsNotMoreThan1000Wan() {
        assertThat(lead(PLAIN, "10000000.00", LocalDate.of(2024, 9, 27)).granted())
                .isFalse();
        assertThat(failed(lead(PLAIN, "10000000.00", LocalDate.of(2024, 9, 27))))
                .isEqualTo("check.contribution.neither");
        assertThat(lead(PLAIN, "10000000.01", LocalDate.of(2024, 9, 27)).granted())
                .isTrue();
        assertThat(lead(PLAIN, "9999999.99", LocalDate.of(2024, 9, 27)).granted())
                .isFalse();
    }

    @Test
    void aHighTechEnterpriseQualifiesWhateverItsTaxWhileItsCertificateIsValid() {
        assertThat(lead(HIGH_TECH, "0.00", LocalDate.of(2024, 9, 27)).granted()).isTrue();
        EnterpriseFacts expired = new EnterpriseFacts("x", true, true, true, LocalDate.of(2024, 9, 26));
        assertThat(lead(expired, "0.00", LocalDate.of(2024, 9, 27)).granted()).isFalse();
    }

    @Test
    void twoConsecutiveYearsOfEmploymentAreCompleteOnTheSecondAnniversary() {
        assertThat(lead(HIGH_TECH, "0.00", LocalDate.of(2024, 7, 1)).granted()).isTrue();
        Decision dayBefore = lead(HIGH_TECH, "0.00", LocalDate.of(2024, 6, 30));
        assertThat(dayBefore.granted()).isFalse();
        assertThat(failed(dayBefore)).isEqualTo("check.contribution.notYetEmployed");
    }

    @Test
    void onlyFullTimeTalentsQualifyAndAllThreeYearsAreCappedAt50Wan() {
        Decision partTime =
                decide(facts("TALENT_CLASS", 3, null, false, "2023-07-01", "800000.00"), PLAIN, "2024-09-27");
        assertThat(failed(partTime)).isEqualTo("check.contribution.notFullTime");
        Decision capped = decide(facts("TALENT_CLASS", 3, null, true, "2023-07-01", "800000.00"), PLAIN, "2024-09-27");
        assertThat(capped.amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(50));
        Decision year4 = decide(facts("TALENT_CLASS", 3, null, true, "2025-07-01", "100000.00"), PLAIN, "2025-09-27");
        assertThat(failed(year4)).isEqualTo("check.reward.afterLastYear");
    }

    @Test
    void aNonRareEarthEnterpriseIsRefusedWhateverElseHolds() {
        EnterpriseFacts steel = new EnterpriseFacts("包头示范特种钢材有限公司", false, true, true, LocalDate.of(2025, 12, 14));
        assertThat(failed(decide(facts("TALENT_CLASS", 3, null, true, "2023-07-01", "1.00"), steel, "2024-09-27")))
                .isEqualTo("check.enterprise.notRareEarth");
    }

    private static Decision talent(int grade) {
        return decide(facts("TALENT_CLASS", grade, null, true, "2023-07-01", "120000.00"), PLAIN, "2024-09-27");
    }

    private static Decision lead(EnterpriseFacts e, String tax, LocalDate assessed) {
        return decide(facts("PRINCIPAL", null, tax, true, "2024-07-01", "120000.00"), e, assessed.toString());
    }

    private static Decision decide(ApplicationFacts f, EnterpriseFacts e, String assessed) {
        return SupportRules.decide(
                new SupportCase(13, BeneficiaryKind.PERSON, f, e, LocalDate.parse(assessed), null, null), P);
    }

    private static ApplicationFacts facts(
            String who, Integer grade, String tax, boolean fullTime, String periodStart, String contribution) {
        return new ApplicationFacts(
                "地方贡献奖励",
                who,
                grade,
                null,
                null,
                Yuan.of(contribution),
                tax == null ? null : Yuan.of(tax),
                null,
                null,
                null,
                fullTime,
                HIRED,
                LocalDate.parse(periodStart),
                null,
                null);
    }

    private static String failed(Decision d) {
        return d.failed().stream().map(Check::messageKey).findFirst().orElse("none");
    }
}
