package cn.gov.baotou.talent.intake.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.Candidate;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** intake.3.1 and intake.4 at their boundaries, with the 2022 numbers. */
class IntakeEligibilityTest {

    static final IntakeStandard Y2022 = new IntakeStandard(
            40,
            30,
            Yuan.wan(20),
            Yuan.wan(10),
            new BigDecimal("0.5"),
            Yuan.wan(100_000),
            Set.of("NEW_MATERIALS", "MODERN_ENERGY", "EQUIPMENT_MANUFACTURING", "AGRI_LIVESTOCK_PROCESSING"));
    static final EnterpriseFacts ABOVE_SIZE = new EnterpriseFacts("NEW_MATERIALS", true, false, Yuan.ZERO);

    @Test
    void aPhdOnTheDayBeforeHis41stBirthdayIsStill40AndEligible() {
        IntakeDecision d = decide(Degree.DOCTOR, "1983-06-15", "2024-06-14", ABOVE_SIZE);
        assertThat(d.age()).isEqualTo(40);
        assertThat(d.eligible()).isTrue();
        assertThat(d.exceptionRequired()).isFalse();
        assertThat(d.subsidy().total()).isEqualTo(Yuan.of("200000.00"));
        assertThat(d.subsidy().city()).isEqualTo(Yuan.of("100000.00"));
        assertThat(d.subsidy().district()).isEqualTo(Yuan.of("100000.00"));
    }

    @Test
    void onHis41stBirthdayOnlyTheCityOfficesExceptionAdmitsHim() {
        IntakeDecision d = decide(Degree.DOCTOR, "1983-06-15", "2024-06-15", ABOVE_SIZE);
        assertThat(d.age()).isEqualTo(41);
        assertThat(d.eligible()).isFalse();
        assertThat(d.exceptionRequired()).isTrue();
        assertThat(d.subsidy().total()).isEqualTo(Yuan.of("200000.00"));
        assertThat(d.decision().failed()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("age");
            assertThat(c.clauseId()).isEqualTo("intake.3.1");
        });
    }

    @Test
    void aMasterOfExactly30IsEligibleAnd31NeedsAnException() {
        assertThat(decide(Degree.MASTER, "1994-03-01", "2024-03-01", ABOVE_SIZE).eligible())
                .isTrue();
        assertThat(decide(Degree.MASTER, "1994-03-01", "2024-03-01", ABOVE_SIZE)
                        .subsidy()
                        .total())
                .isEqualTo(Yuan.of("100000.00"));
        IntakeDecision at31 = decide(Degree.MASTER, "1994-03-01", "2025-03-01", ABOVE_SIZE);
        assertThat(at31.age()).isEqualTo(31);
        assertThat(at31.exceptionRequired()).isTrue();
    }

    @Test
    void aKeyProjectOfExactly10YiIsInScopeAnd999WanIsNot() {
        EnterpriseFacts exactly = new EnterpriseFacts("MODERN_ENERGY", false, false, Yuan.of("1000000000.00"));
        EnterpriseFacts under = new EnterpriseFacts("MODERN_ENERGY", false, false, Yuan.of("999000000.00"));
        assertThat(decide(Degree.DOCTOR, "1990-01-01", "2024-01-01", exactly).eligible())
                .isTrue();
        IntakeDecision d = decide(Degree.DOCTOR, "1990-01-01", "2024-01-01", under);
        assertThat(d.eligible()).isFalse();
        assertThat(d.exceptionRequired()).isFalse();
        assertThat(d.subsidy().total()).isEqualTo(Yuan.ZERO);
        assertThat(d.decision().failed()).extracting(Check::clauseId).containsExactly("intake.4", "intake.3.2.1");
    }

    @Test
    void anEnterpriseOutsideTheFourKeyIndustriesIsOutOfScope() {
        EnterpriseFacts other = new EnterpriseFacts("OTHER", true, true, Yuan.ZERO);
        assertThat(decide(Degree.MASTER, "1998-01-01", "2024-01-01", other)
                        .decision()
                        .failed())
                .extracting(Check::rule)
                .contains("enterpriseIndustry");
    }

    @Test
    void anAgeFailureTogetherWithAnotherFailureIsNoExceptionCase() {
        Candidate c = new Candidate(
                Degree.DOCTOR,
                LocalDate.parse("1970-01-01"),
                LocalDate.parse("2024-01-01"),
                false,
                true,
                WorkType.RESEARCH_DEVELOPMENT,
                ABOVE_SIZE);
        IntakeDecision d = IntakeEligibility.decide(c, Y2022);
        assertThat(d.exceptionRequired()).isFalse();
        assertThat(d.subsidy().total()).isEqualTo(Yuan.ZERO);
    }

    @Test
    void everyCheckCitesItsClauseAndReadsInChineseAndEnglish() {
        IntakeDecision d = decide(Degree.DOCTOR, "1983-06-15", "2024-06-15", ABOVE_SIZE);
        assertThat(d.decision().checks())
                .allSatisfy(c -> assertThat(c.clauseId()).startsWith("intake."));
        Check age = d.decision().failed().get(0);
        assertThat(Messages.in(Locale.CHINA)
                        .get(age.bundle(), age.messageKey(), age.arguments().toArray()))
                .isEqualTo("博士研究生于 2024-06-15 为 41 周岁，超过“原则上 40 周岁以下”的要求；须经市委人才办书面同意例外方可引进");
        assertThat(Messages.in(Locale.ENGLISH)
                        .get(age.bundle(), age.messageKey(), age.arguments().toArray()))
                .startsWith("The doctoral graduate is 41 full years old on 2024-06-15");
    }

    private static IntakeDecision decide(Degree degree, String born, String assessed, EnterpriseFacts enterprise) {
        return IntakeEligibility.decide(
                new Candidate(
                        degree,
                        LocalDate.parse(born),
                        LocalDate.parse(assessed),
                        true,
                        true,
                        WorkType.RESEARCH_DEVELOPMENT,
                        enterprise),
                Y2022);
    }
}
