package cn.gov.baotou.talent.core.target.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Cadence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * intake.1 "在 2022 年年内" and rare-earth.1–3 "力争今年内" plan 2022 only; rare-earth.6, .7, .9 plan every year; the
 * cumulative view runs from 2022 to the end of the 2022 version (2025-12-31), as the seeded 解释口径 reads them.
 */
class PlanYearsTest {

    static final List<ParameterValue> TARGET_YEAR = ParameterHistory.seed().versions("intake.target.year");

    @Test
    void aOneYearTargetIsPlannedIn2022AndNotIn2023Or2021() {
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, ReportPeriod.year(2022)))
                .contains(2022);
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, new ReportPeriod(day("2022-12-31"), day("2022-12-31"))))
                .contains(2022);
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, new ReportPeriod(day("2023-01-01"), day("2023-01-01"))))
                .isEmpty();
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, ReportPeriod.year(2023)))
                .isEmpty();
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, ReportPeriod.year(2021)))
                .isEmpty();
        assertThat(PlanYears.of(Cadence.ONE_YEAR, null, ReportPeriod.year(2022)))
                .isEmpty();
        assertThat(PlanYears.of(Cadence.ONE_YEAR, 2022, new ReportPeriod(day("2022-01-01"), day("2025-12-31"))))
                .as("the cumulative view compares with 2022's plan")
                .contains(2022);
    }

    @Test
    void aYearlyTargetIsPlannedInEveryYearButNotOverAPeriodThatSpansYears() {
        assertThat(PlanYears.of(Cadence.YEARLY, null, ReportPeriod.year(2024))).contains(2024);
        assertThat(PlanYears.of(
                        Cadence.YEARLY, null, ReportPeriod.months(YearMonth.of(2025, 3), YearMonth.of(2025, 8))))
                .contains(2025);
        assertThat(PlanYears.of(Cadence.YEARLY, null, new ReportPeriod(day("2024-12-31"), day("2025-01-01"))))
                .isEmpty();
    }

    @Test
    void theCumulativeViewRunsFrom2022ToTheEndOfTheReportOrOfThe2022Version() {
        assertThat(PlanYears.cumulative(TARGET_YEAR, ReportPeriod.year(2025)))
                .contains(new ReportPeriod(day("2022-01-01"), day("2025-12-31")));
        assertThat(PlanYears.cumulative(TARGET_YEAR, ReportPeriod.year(2026)))
                .as("after the version ended: its whole term")
                .contains(new ReportPeriod(day("2022-01-01"), day("2025-12-31")));
        assertThat(PlanYears.cumulative(TARGET_YEAR, ReportPeriod.months(YearMonth.of(2024, 3), YearMonth.of(2024, 8))))
                .contains(new ReportPeriod(day("2022-01-01"), day("2024-08-31")));
        assertThat(PlanYears.cumulative(TARGET_YEAR, new ReportPeriod(day("2023-01-01"), day("2023-01-01"))))
                .contains(new ReportPeriod(day("2022-01-01"), day("2023-01-01")));
        assertThat(PlanYears.cumulative(TARGET_YEAR, new ReportPeriod(day("2022-01-01"), day("2022-12-31"))))
                .as("within 2022 the year's own view says all")
                .isEmpty();
        assertThat(PlanYears.cumulative(TARGET_YEAR, ReportPeriod.year(2021))).isEmpty();
        assertThat(PlanYears.cumulative(List.of(), ReportPeriod.year(2025))).isEmpty();
    }

    @Test
    void aFigureWithoutAPlanIsNoTargetAndAnOldShapedTargetIsYearly() {
        TargetProgress counted =
                new TargetProgress("p", "k", "c", "l", "l", "名", null, null, java.math.BigDecimal.ONE, null);
        assertThat(counted.isTarget()).isFalse();
        assertThat(counted.planned()).isFalse();
        TargetProgress yearly =
                new TargetProgress("p", "k", "c", "l", "l", "名", java.math.BigDecimal.TEN, null, null, null);
        assertThat(yearly.cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(yearly.judgedYear(ReportPeriod.year(2024))).isEqualTo(2024);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
