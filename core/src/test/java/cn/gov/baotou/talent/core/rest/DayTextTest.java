package cn.gov.baotou.talent.core.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DayTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2022-05-30", "2100-12-31"})
    void daysOfTheYearsThePlatformCanMeanAreRead(String text) {
        assertThat(DayText.parse(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2101-01-01", "+999999999-12-31", "-0001-01-01", "2022-02-30", "2022/05/30"})
    void otherYearsAreRefusedLikeAMalformedDay(String text) {
        assertThatThrownBy(() -> DayText.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
