package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;
import cn.gov.baotou.talent.rareearth.grant.control.BookedPurpose;
import cn.gov.baotou.talent.rareearth.grant.control.EnterpriseFacts;
import cn.gov.baotou.talent.rareearth.grant.control.SupportCase;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The paying measures' rules on applications, at their caps and conditions, each check citing the measure's clause. */
class SupportRulesOnApplicationsTest {

    static final Parameters P = ParameterHistory.seed().at(LocalDate.of(2024, 9, 27));
    static final EnterpriseFacts MAGNET = new EnterpriseFacts("包头示范稀土永磁材料有限公司", true, true, true, null);
    static final EnterpriseFacts HYDROGEN = new EnterpriseFacts("包头示范稀土储氢材料科技有限公司", true, false, true, null);

    @Test
    void aRegionAwardIsMatchedForItsFirstPrizeOnlyAndANationalOneForAnyPrize() {
        assertThat(award("REGION", 1, "FIRST_UNIT", BeneficiaryKind.ENTERPRISE).amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.wan(20));
        assertThat(failed(award("REGION", 2, "FIRST_UNIT", BeneficiaryKind.ENTERPRISE)))
                .isEqualTo("check.award.regionNotFirst");
        assertThat(failed(award("REGION", 1, "UNIT", BeneficiaryKind.ENTERPRISE)))
                .isEqualTo("check.award.notRegionRole");
        assertThat(award("NATIONAL", 2, "UNIT", BeneficiaryKind.ENTERPRISE).granted())
                .isTrue();
        assertThat(award("NATIONAL", 2, "MAIN_RESEARCHER", BeneficiaryKind.PERSON)
                        .granted())
                .isTrue();
        assertThat(failed(award("NATIONAL", 2, "MAIN_RESEARCHER", BeneficiaryKind.ENTERPRISE)))
                .isEqualTo("check.award.wrongBeneficiary");
    }

    @Test
    void aPatentRewardIsDecidedUpTo10WanWithAReasonAndOnlyForACommercialisedPatent() {
        assertThat(failed(patent("50000.00", null, null))).isEqualTo("check.decided.pendingCap");
        assertThat(patent("50000.00", "100000.00", "转化收益显著").amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.wan(10));
        assertThat(failed(patent("50000.00", "100000.01", "转化收益显著"))).isEqualTo("check.decided.overCap");
        assertThat(failed(patent("50000.00", "80000.00", " "))).isEqualTo("check.decided.noReason");
        assertThat(failed(patent("0.00", "80000.00", "x"))).isEqualTo("check.patent.noBenefit");
    }

    @Test
    void anInnovationEventWhoseHalfIsExactly50WanGets50Wan() {
        assertThat(event("1000000.00").amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(50));
        assertThat(event("1000000.02").amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(50));
        assertThat(event("999999.98").amount(SupportRules.TOTAL)).isEqualTo(Yuan.of("499999.99"));
    }

    @Test
    void measureTwoIsForAboveDesignatedSizeEnterprisesAtIntakesAmounts() {
        assertThat(intro(MAGNET, "DOCTOR").amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(20));
        assertThat(intro(MAGNET, "MASTER").amount(SupportRules.TOTAL)).isEqualTo(Yuan.wan(10));
        assertThat(failed(intro(HYDROGEN, "DOCTOR"))).isEqualTo("check.intro.notAboveSize");
    }

    /** rare-earth.6: the amount per graduate is 教育局's, set in its review with a reason; capped at 50 万 (inclusive). */
    @Test
    void aTrainingPointIsFundedAtTheRateTheEducationBureauSetsUpTo50Wan() {
        assertThat(failed(training(100, null, null))).isEqualTo("check.training.ratePending");
        assertThat(training(100, null, null).granted()).isFalse();
        assertThat(training(100, "5000.00", "按培养成本核定").amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.wan(50));
        assertThat(training(100, "5000.01", "按培养成本核定").amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.wan(50));
        assertThat(training(99, "5000.00", "按培养成本核定").amount(SupportRules.TOTAL))
                .isEqualTo(Yuan.of("495000.00"));
        assertThat(failed(training(100, "5000.00", " "))).isEqualTo("check.decided.noReason");
        assertThat(failed(training(0, "5000.00", "x"))).isEqualTo("check.training.none");
        assertThat(SupportRules.decidedByReviewer(6)).isTrue();
    }

    @Test
    void everyCheckCitesTheMeasuresClause() {
        assertThat(event("10.00").checks()).extracting(Check::clauseId).containsOnly("rare-earth.12");
    }

    @Test
    void aPurposeGivenPerYearOrPerCaseIsBookedWithItsYearOrCase() {
        FundingPurposes purposes = new FundingPurposes();
        FundingPurpose reward = purposes.of("CONTRIBUTION_REWARD_2024").orElseThrow();
        FundingPurpose patent = purposes.of("PATENT_REWARD_X").orElseThrow();
        ApplicationFacts f = facts(null, null, null, null, null, "ZL 2022 1 0123456.7", LocalDate.of(2024, 7, 1));
        assertThat(BookedPurpose.of(reward, f, 9, LocalDate.of(2024, 9, 27))).isEqualTo("CONTRIBUTION_REWARD_2024");
        assertThat(BookedPurpose.of(patent, f, 9, LocalDate.of(2024, 9, 27)))
                .isEqualTo("PATENT_REWARD_ZL-2022-1-0123456-7");
        assertThat(purposes.of(BookedPurpose.of(patent, f, 9, LocalDate.of(2024, 9, 27))))
                .isPresent();
        assertThat(BookedPurpose.of(
                        patent, facts(null, null, null, null, null, "专利", null), 9, LocalDate.of(2024, 9, 27)))
                .isEqualTo("PATENT_REWARD_RE9");
    }

    private static Decision award(String level, int grade, String role, BeneficiaryKind kind) {
        return decide(10, kind, facts(level, grade, role, "200000.00", null, "KJ-2023-01", null), null, null);
    }

    private static Decision patent(String benefit, String decided, String reason) {
        return decide(
                11,
                BeneficiaryKind.ENTERPRISE,
                facts("INVENTION", null, null, benefit, null, "ZL202210123456.7", null),
                decided == null ? null : Yuan.of(decided),
                reason);
    }

    private static Decision training(int graduates, String perGraduate, String why) {
        return decide(
                6,
                BeneficiaryKind.ENTERPRISE,
                facts(null, null, null, null, graduates, null, LocalDate.of(2024, 9, 1)),
                perGraduate == null ? null : Yuan.of(perGraduate),
                why);
    }

    private static Decision event(String spending) {
        return decide(12, BeneficiaryKind.ENTERPRISE, facts(null, null, null, spending, null, null, null), null, null);
    }

    private static Decision intro(EnterpriseFacts e, String degree) {
        return SupportRules.decide(
                new SupportCase(
                        2,
                        BeneficiaryKind.PERSON,
                        facts(degree, null, null, null, null, null, null),
                        e,
                        LocalDate.of(2024, 9, 27),
                        null,
                        null),
                P);
    }

    private static Decision decide(int measure, BeneficiaryKind kind, ApplicationFacts f, Yuan decided, String why) {
        return SupportRules.decide(
                new SupportCase(measure, kind, f, MAGNET, LocalDate.of(2024, 9, 27), decided, why), P);
    }

    private static ApplicationFacts facts(
            String category, Integer grade, String role, String basis, Integer quantity, String ref, LocalDate start) {
        return new ApplicationFacts(
                "事项",
                category,
                grade,
                role,
                ref,
                basis == null ? null : Yuan.of(basis),
                null,
                quantity,
                null,
                null,
                true,
                null,
                start,
                null,
                null);
    }

    private static String failed(Decision d) {
        return d.failed().stream().map(Check::messageKey).findFirst().orElse("none");
    }
}
