package cn.gov.baotou.talent.core.parameter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What rules read: the values in force on a date, typed and cited, and a refusal for a date no version covers. */
class ParametersTest {

    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";
    static final String DOCTOR_2026 = HEADER
            + "intake,intake.3.2.1,intake.subsidy.doctorYuan,MONEY,300000.00,元,博士研究生一次性补贴 30 万元,2026,2026-01-01,2026-12-31\n";

    private final ParameterHistory seed = ParameterHistory.seed();

    @Test
    void theDoctorSubsidyOn1June2024Is200000YuanUnderIntake321() {
        Parameters p = seed.at(LocalDate.of(2024, 6, 1));
        assertThat(p.money("intake.subsidy.doctorYuan")).isEqualTo(Yuan.wan(20));
        assertThat(p.money("intake.subsidy.doctorYuan")).hasToString("200000.00");
        assertThat(p.clauseOf("intake.subsidy.doctorYuan")).isEqualTo("intake.3.2.1");
        assertThat(p.value("intake.subsidy.doctorYuan").version()).isEqualTo("2022");
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void theFirstAndLastDaysOfThe2022PoliciesAreCovered() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2022, 4, 5), LocalDate.of(2025, 12, 31)}) {
            assertThat(seed.at(day).money("intake.subsidy.masterYuan")).isEqualTo(Yuan.wan(10));
            assertThat(seed.at(day).all()).hasSize(seed.keys().size());
        }
    }

    @Test
    void aDateBeforeOrAfterThe2022PoliciesIsRefusedNamingTheFieldTheDateAndTheKey() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2022, 4, 4), LocalDate.of(2026, 1, 1)}) {
            Parameters p = seed.at(day, "assessedOn");
            assertThat(p.all()).isEmpty();
            ParameterNotCovered refused =
                    catchThrowableOfType(() -> p.money("intake.subsidy.doctorYuan"), ParameterNotCovered.class);
            assertThat(refused.date()).isEqualTo(day);
            assertThat(refused.key()).isEqualTo("intake.subsidy.doctorYuan");
            assertThat(refused.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("assessedOn");
                assertThat(e.messageKey()).isEqualTo("parameter.notCovered");
                assertThat(Messages.in(Messages.CHINESE).get(e))
                        .startsWith(day + " 不在参数“博士研究生一次性补贴 20 万元”（intake.subsidy.doctorYuan）")
                        .contains("2022: 2022-04-05…2025-12-31");
                assertThat(Messages.in(Locale.ENGLISH).get(e))
                        .startsWith(day + " is in no entered version of the parameter")
                        .contains("intake.subsidy.doctorYuan");
            });
            assertThatThrownBy(() -> p.clauseOf("intake.age.doctorMax")).isInstanceOf(ParameterNotCovered.class);
        }
    }

    @Test
    void eachTypeIsReadAsItsJavaType() {
        Parameters p = seed.at(LocalDate.of(2023, 3, 1));
        assertThat(p.integer("intake.age.doctorMax")).isEqualTo(40);
        assertThat(p.decimal("intake.subsidy.cityShare")).isEqualByComparingTo("0.5");
        assertThat(p.decimal("rareEarth.migrantEngineer.ratio")).isEqualByComparingTo(new BigDecimal("0.30"));
        assertThat(p.date("servicesPlan.service.periodEnd")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.monthDay("servicesPlan.application.firstWindowStart")).isEqualTo(MonthDay.of(3, 1));
        assertThat(p.monthDay("servicesPlan.application.secondWindowEnd")).isEqualTo(MonthDay.of(9, 10));
    }

    @Test
    void aKeyInNoVersionOrReadAsAnotherTypeIsAMistakeInCodeNotBadInput() {
        Parameters p = seed.at(LocalDate.of(2023, 3, 1));
        assertThatThrownBy(() -> p.money("intake.subsidy.doctorYaun"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("intake.subsidy.doctorYaun");
        assertThatThrownBy(() -> p.integer("intake.subsidy.doctorYuan"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MONEY");
    }

    @Test
    void aNewVersionChangesTheResultOnlyForTheDatesItCovers() {
        ParameterHistory with2026 = seed.imported(DOCTOR_2026, LocalDate.of(2026, 11, 25));
        assertThat(with2026.at(LocalDate.of(2025, 12, 31)).money("intake.subsidy.doctorYuan"))
                .isEqualTo(Yuan.of("200000.00"));
        Parameters in2026 = with2026.at(LocalDate.of(2026, 1, 1));
        assertThat(in2026.money("intake.subsidy.doctorYuan")).isEqualTo(Yuan.of("300000.00"));
        assertThat(in2026.value("intake.subsidy.doctorYuan").version()).isEqualTo("2026");
        assertThat(in2026.clauseOf("intake.subsidy.doctorYuan")).isEqualTo("intake.3.2.1");
        // the 2026 file gives no master subsidy: refused, not carried over from 2022
        assertThatThrownBy(() -> in2026.money("intake.subsidy.masterYuan")).isInstanceOf(ParameterNotCovered.class);
        assertThatThrownBy(() -> with2026.at(LocalDate.of(2027, 1, 1)).money("intake.subsidy.doctorYuan"))
                .isInstanceOf(ParameterNotCovered.class);
        assertThat(with2026.versions("intake.subsidy.doctorYuan"))
                .extracting(ParameterValue::version)
                .containsExactly("2022", "2026");
        // the seed history itself is unchanged
        assertThat(seed.versions("intake.subsidy.doctorYuan")).hasSize(1);
    }
}
