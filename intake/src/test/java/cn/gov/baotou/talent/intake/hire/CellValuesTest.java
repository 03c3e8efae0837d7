package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.control.CellValues;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1990-03-07", "1990/3/7", "1990.03.07", "1990年3月7日", "19900307", " 1990 - 3 - 7 "})
    void daysAreReadAsPeopleWriteThem(String text) {
        assertThat(CellValues.day(text)).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"1990-02-30", "1990-13-01", "七月", "3/7/1990", "199037"})
    void anythingElseIsNoDay(String text) {
        assertThat(CellValues.day(text)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"是, true", "否, false", "Yes, true", "NO, false", "y, true", "TRUE, true", "0, false"})
    void yesAndNo(String text, boolean value) {
        assertThat(CellValues.yesNo(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"可能", "", "yes please"})
    void neitherYesNorNo(String text) {
        assertThat(CellValues.yesNo(text)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"博士研究生", "doctor", " 博士研究生 ", "DOCTOR"})
    void aChoiceByItsLabelOrCodeInAnyCase(String text) {
        Map<String, Degree> words = Map.of("DOCTOR", Degree.DOCTOR, "博士研究生", Degree.DOCTOR, "MASTER", Degree.MASTER);
        assertThat(CellValues.choice(text, words)).isEqualTo(Degree.DOCTOR);
        assertThat(CellValues.choice("学士", words)).isNull();
    }
}
