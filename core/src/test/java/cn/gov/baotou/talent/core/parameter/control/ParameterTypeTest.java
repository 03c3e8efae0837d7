package cn.gov.baotou.talent.core.parameter.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.parameter.entity.ParameterType;
import org.junit.jupiter.api.Test;

/** Each value type keeps one canonical text and refuses what is not of its kind. */
class ParameterTypeTest {

    @Test
    void valuesAreStoredInCanonicalForm() {
        assertThat(ParameterType.MONEY.canonical(" 200000 ")).isEqualTo("200000.00");
        assertThat(ParameterType.MONEY.canonical("0.5")).isEqualTo("0.50");
        assertThat(ParameterType.MONEY.canonical("1.500")).isEqualTo("1.50");
        assertThat(ParameterType.INTEGER.canonical("007")).isEqualTo("7");
        assertThat(ParameterType.DECIMAL.canonical("0.30")).isEqualTo("0.30");
        assertThat(ParameterType.DATE.canonical("2025-12-31")).isEqualTo("2025-12-31");
        assertThat(ParameterType.MONTH_DAY.canonical("03-01")).isEqualTo("03-01");
        assertThat(ParameterType.MONTH_DAY.canonical("02-29")).isEqualTo("02-29");
        assertThat(ParameterType.TEXT.canonical(" 一事一议 ")).isEqualTo("一事一议");
    }

    @Test
    void whatIsNotOfTheTypeIsRefused() {
        String[][] bad = {
            {"MONEY", "-1"},
            {"MONEY", "1.005"},
            {"MONEY", "1e6"},
            {"MONEY", "20万"},
            {"MONEY", "1,000"},
            {"INTEGER", "-3"},
            {"INTEGER", "4.0"},
            {"INTEGER", "9999999999"},
            {"DECIMAL", ".5"},
            {"DECIMAL", "30%"},
            {"DATE", "2025-02-29"},
            {"DATE", "2025/12/31"},
            {"MONTH_DAY", "3-1"},
            {"MONTH_DAY", "02-30"},
            {"MONTH_DAY", "13-01"},
            {"TEXT", " "},
            {"TEXT", "长".repeat(201)}
        };
        for (String[] b : bad) {
            assertThatThrownBy(() -> ParameterType.valueOf(b[0]).canonical(b[1]))
                    .as("%s %s", b[0], b[1])
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
