package cn.gov.baotou.talent.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.report.control.PeriodQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The period of a report request: a year, a range of whole months, or this year; each bad field named. */
class PeriodQueryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aYearARangeOfMonthsOrThisYear() {
        assertThat(PeriodQuery.parse("2022", null, null, TODAY)).isEqualTo(ReportPeriod.year(2022));
        assertThat(PeriodQuery.parse(null, "2022-03", "2022-08", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 8, 31)));
        assertThat(PeriodQuery.parse(null, "2024-02", "2024-02", TODAY))
                .isEqualTo(ReportPeriod.months(YearMonth.of(2024, 2), YearMonth.of(2024, 2)));
        assertThat(PeriodQuery.parse(" ", "", null, TODAY)).isEqualTo(ReportPeriod.year(2026));
    }

    @Test
    void badFieldsAreNamed() {
        assertRefused("1999", null, null, "year");
        assertRefused("2022.5", null, null, "year");
        assertRefused(null, "2022-3", "2022-08", "from");
        assertRefused(null, "2022-13", "2022-12", "from");
        assertRefused(null, "2022-05", "2022-04", "to");
        assertRefused(null, "2022-05", null, "to");
        assertRefused(null, null, "2022-05", "from");
        assertRefused("2022", "2022-01", null, "from");
    }

    static void assertRefused(String year, String from, String to, String field) {
        assertThatThrownBy(() -> PeriodQuery.parse(year, from, to, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains(field));
    }
}
