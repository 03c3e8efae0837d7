package cn.gov.baotou.talent.reporting.period.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aYearIsTheWholeYear() {
        assertThat(PeriodChoice.of("year", 2022, null, null, TODAY)).isEqualTo(ReportPeriod.year(2022));
        assertThat(PeriodChoice.of(null, 2025, null, null, TODAY)).isEqualTo(ReportPeriod.year(2025));
    }

    @Test
    void theYearToDateEndsTodayAndAPastYearIsWhole() {
        assertThat(PeriodChoice.of("ytd", 2026, null, null, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(PeriodChoice.of("ytd", null, null, null, TODAY).to()).isEqualTo(TODAY);
        assertThat(PeriodChoice.of("ytd", 2024, null, null, TODAY)).isEqualTo(ReportPeriod.year(2024));
    }

    @Test
    void monthsRunFromTheFirstDayToTheLastAndDaysAreKeptAsGiven() {
        assertThat(PeriodChoice.of("months", 2025, "2025-03", "2025-06", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30)));
        assertThat(PeriodChoice.of(null, null, "2026-01-01", "2026-12-06", TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    void nothingChosenIsRefusedNamingTheYear() {
        assertRefused(null, null, null, null, "year", "period.required");
    }

    @Test
    void aYearAndMonthsTogetherAreRefused() {
        assertRefused(null, 2025, "2025-01", "2025-02", "year", "period.both");
    }

    @Test
    void aYearAfterTodaysIsRefused() {
        assertRefused("year", 2027, null, null, "year", "period.year");
        assertRefused("year", 1999, null, null, "year", "period.year");
    }

    @Test
    void monthsAcrossTwoYearsAreRefusedSinceEveryTargetIsAYears() {
        assertRefused("months", null, "2024-11", "2025-02", "to", "period.sameYear");
    }

    @Test
    void monthsInTheWrongOrderOrNotMonthsAreRefusedByField() {
        assertRefused("months", null, "2025-06", "2025-03", "to", "period.order");
        assertRefused("months", null, "2025-13", "2025-03", "from", "period.month");
        assertRefused("months", null, "三月", "2025-03", "from", "period.month");
        assertRefused("months", null, "2025-01", null, "to", "period.month.required");
    }

    @Test
    void anUnknownModeIsRefused() {
        assertRefused("quarter", 2025, null, null, "mode", "period.mode");
    }

    private static void assertRefused(String mode, Integer year, String from, String to, String field, String key) {
        assertThatThrownBy(() -> PeriodChoice.of(mode, year, from, to, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .contains(tuple(field, key)));
    }
}
