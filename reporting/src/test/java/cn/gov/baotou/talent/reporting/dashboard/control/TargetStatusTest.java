package cn.gov.baotou.talent.reporting.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetStatusTest {

    private static final ReportPeriod Y2025 = ReportPeriod.year(2025);

    @Test
    void reachingTheLowerBoundOfThePlanIsMetEvenMidYear() {
        LocalDate june = LocalDate.of(2025, 6, 30);
        assertThat(TargetStatus.of(target(30, null, 30), Y2025, june)).isEqualTo(TargetStatus.MET);
        assertThat(TargetStatus.of(target(5, 10, 5), Y2025, june)).isEqualTo(TargetStatus.MET);
        assertThat(TargetStatus.of(target(5, 10, 7), Y2025, june)).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aYearThatHasPassedWithoutMeetingThePlanIsLagging() {
        assertThat(TargetStatus.of(target(30, null, 29), Y2025, LocalDate.of(2026, 12, 6)))
                .isEqualTo(TargetStatus.LAGGING);
    }

    @Test
    void midYearKeepingPaceWithTheTimeIsOnTrackAndFallingBehindIsLagging() {
        // 2025-07-02 is day 183 of 365: 30 × 183 / 365 = 15.04
        LocalDate today = LocalDate.of(2025, 7, 2);
        assertThat(TargetStatus.timeShare(Y2025, today)).isEqualByComparingTo("0.5014");
        assertThat(TargetStatus.of(target(30, null, 16), Y2025, today)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetStatus.of(target(30, null, 15), Y2025, today)).isEqualTo(TargetStatus.LAGGING);
    }

    @Test
    void aRangeOfMonthsIsMeasuredAgainstTheYearPassedByItsEndAsInTheReports() {
        ReportPeriod h1 = ReportPeriod.months(YearMonth.of(2025, 1), YearMonth.of(2025, 6));
        LocalDate later = LocalDate.of(2026, 1, 5);
        // 181 days of 365 by 30 June: 100 × 0.4959 = 49.59
        assertThat(TargetStatus.timeShare(h1, later)).isEqualByComparingTo("0.4959");
        assertThat(TargetStatus.of(target(100, null, 50), h1, later)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetStatus.of(target(100, null, 49), h1, later)).isEqualTo(TargetStatus.LAGGING);
    }

    @Test
    void aFigureWithoutAPlanIsOnlyCounted() {
        assertThat(TargetStatus.of(target(null, null, 12), Y2025, LocalDate.of(2025, 7, 1)))
                .isEqualTo(TargetStatus.COUNTED);
        TargetProgress unplanned = new TargetProgress(
                "intake",
                "intake.target.doctors",
                "intake.1",
                "引进博士研究生",
                "PhDs",
                "名",
                null,
                null,
                BigDecimal.valueOf(12),
                List.of(),
                TargetProgress.Cadence.ONE_YEAR,
                null,
                false);
        assertThat(TargetStatus.of(unplanned, Y2025, LocalDate.of(2025, 7, 1)))
                .as("a target of another year: 无计划, not a count")
                .isEqualTo(TargetStatus.NO_PLAN);
        assertThat(TargetStatus.percent(target(null, null, 12))).isEqualByComparingTo("0");
    }

    @Test
    void completionIsAchievedOverTheLowerBoundAndMayExceedAHundred() {
        assertThat(TargetStatus.percent(target(30, null, 12))).isEqualByComparingTo("40.0");
        assertThat(TargetStatus.percent(target(1000, null, 1200))).isEqualByComparingTo("120.0");
        assertThat(TargetStatus.percent(target(5, 10, 3))).isEqualByComparingTo("60.0");
    }

    @Test
    void beforeThePeriodBeginsNoTimeHasPassed() {
        assertThat(TargetStatus.timeShare(Y2025, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("0");
        assertThat(TargetStatus.of(target(30, null, 0), Y2025, LocalDate.of(2024, 12, 31)))
                .isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetStatus.of(target(30, null, 0), Y2025, LocalDate.of(2025, 1, 1)))
                .isEqualTo(TargetStatus.LAGGING);
    }

    static TargetProgress target(Integer min, Integer max, int achieved) {
        return new TargetProgress(
                "intake",
                "intake.target.doctors",
                "intake.1",
                "引进博士研究生",
                "PhDs brought in",
                "名",
                min == null ? null : BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max),
                BigDecimal.valueOf(achieved),
                List.of());
    }
}
