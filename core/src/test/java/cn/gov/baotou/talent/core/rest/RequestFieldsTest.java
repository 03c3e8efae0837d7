package cn.gov.baotou.talent.core.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2000", "2022", "2100"})
    void aYearWithinItsRangeIsRead(String year) {
        RequestFields in = fields("{\"year\":" + year + "}");
        assertThat(in.integer("year", 2000, 2100)).isEqualTo(Integer.parseInt(year));
        in.check();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999", "2101", "2000000000", "100000000000000000000", "-1"})
    void aYearOutsideItIsRefusedNamingTheField(String year) {
        RequestFields in = fields("{\"year\":" + year + "}");
        assertThat(in.integer("year", 2000, 2100)).isNull();
        assertThatThrownBy(in::check).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                .singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("year")));
    }

    @Test
    void aNumberPastAnIntIsRefusedNotWrappedRoundIntoRange() {
        // 10^20 wraps round to 1,661,992,960 as an int: a "year" at least 2000
        RequestFields in = fields("{\"n\":100000000000000000000}");
        assertThat(in.integer("n", 2000)).isNull();
        assertThatThrownBy(in::check).isInstanceOf(InvalidInput.class);
    }

    private static RequestFields fields(String json) {
        return new RequestFields(Json.createReader(new StringReader(json)).readObject());
    }
}
