package cn.gov.baotou.talent.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.reporting.report.control.TargetStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status rule at its boundaries: 达成 from the plan's minimum itself ("30 名以上" is met by 30); otherwise 滞后 only
 * when the elapsed share of the year is strictly more than the achieved share, judged on the period's end or today,
 * whichever is earlier.
 */
class TargetStatusTest {

    static final ReportPeriod Y2022 = ReportPeriod.year(2022);

    @Test
    void thePlansMinimumItselfIsAchieved() {
        assertThat(status(30, null, 30, LocalDate.of(2022, 3, 1))).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(30, null, 31, LocalDate.of(2022, 3, 1))).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(status(30, null, 29, LocalDate.of(2022, 1, 1))).isEqualTo(TargetStatus.IN_PROGRESS);
        // a range (5–10 项) is achieved at its lower end
        assertThat(status(5, 10, 5, LocalDate.of(2022, 12, 31))).isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void behindOnlyWhenMoreOfTheYearHasPassedThanOfThePlanIsDone() {
        // 15 of 30 is half the plan; 2022-07-01 is day 182 of 365 (49.9 %), 2022-07-02 is day 183 (50.1 %)
        assertThat(status(30, null, 15, LocalDate.of(2022, 7, 1))).isEqualTo(TargetStatus.IN_PROGRESS);
        assertThat(status(30, null, 15, LocalDate.of(2022, 7, 2))).isEqualTo(TargetStatus.BEHIND);
        // equal shares are not behind: 73 of 365 days is exactly 20 %, as is 6 of 30
        assertThat(TargetStatus.elapsedShare(Y2022, LocalDate.of(2022, 3, 14))).isEqualByComparingTo("0.2");
        assertThat(status(30, null, 6, LocalDate.of(2022, 3, 14))).isEqualTo(TargetStatus.IN_PROGRESS);
        assertThat(status(30, null, 6, LocalDate.of(2022, 3, 15))).isEqualTo(TargetStatus.BEHIND);
        // nothing done on the first day is already behind: one day of the year has passed
        assertThat(status(30, null, 0, LocalDate.of(2022, 1, 1))).isEqualTo(TargetStatus.BEHIND);
    }

    @Test
    void aPastPeriodIsJudgedAtItsEndAndAFutureOneHasNotBegun() {
        // the 2022 report read in 2026: the whole year has passed
        assertThat(TargetStatus.elapsedShare(Y2022, LocalDate.of(2026, 12, 6))).isEqualByComparingTo("1");
        assertThat(status(30, null, 29, LocalDate.of(2026, 12, 6))).isEqualTo(TargetStatus.BEHIND);
        // a report of the first quarter is judged on 31 March (90 of 365 days), even when read later
        ReportPeriod q1 = ReportPeriod.months(YearMonth.of(2022, 1), YearMonth.of(2022, 3));
        assertThat(TargetStatus.elapsedShare(q1, LocalDate.of(2022, 11, 1)))
                .isEqualByComparingTo(new BigDecimal("0.246575"));
        // 2024 has 366 days
        assertThat(TargetStatus.elapsedShare(ReportPeriod.year(2024), LocalDate.of(2024, 12, 30)))
                .isEqualByComparingTo(new BigDecimal("0.997268"));
        assertThat(TargetStatus.elapsedShare(ReportPeriod.year(2027), LocalDate.of(2026, 12, 6)))
                .isZero();
        assertThat(TargetStatus.of(target(30, null, 0), ReportPeriod.year(2027), LocalDate.of(2026, 12, 6)))
                .isEqualTo(TargetStatus.IN_PROGRESS);
    }

    @Test
    void aFigureWithoutAPlanHasNoStatusAndNoRate() {
        TargetProgress unplanned = new TargetProgress(
                "services-plan",
                "k",
                "services-plan.6.2",
                "服务需求件数",
                "Requests",
                "件",
                null,
                null,
                BigDecimal.TEN,
                List.of());
        assertThat(TargetStatus.of(unplanned, Y2022, LocalDate.of(2022, 6, 1))).isEqualTo(TargetStatus.NO_PLAN);
        assertThat(TargetStatus.rate(unplanned)).isNull();
        assertThat(TargetStatus.rate(target(30, null, 34))).isEqualByComparingTo("1.1333");
        assertThat(TargetStatus.BEHIND.label("zh")).isEqualTo("滞后");
        assertThat(TargetStatus.BEHIND.label("en")).isEqualTo("Behind");
    }

    @Test
    void theCumulativeViewIsJudgedAs2022sPlanWhoseYearHasPassedAndAboutFiguresAreNeverBehind() {
        ReportPeriod sum = new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
        TargetProgress short2022 = oneYear(30, 29, 2022, false);
        // read in 2025 its plan's year has passed: 29 of 30 is 滞后, 30 达成
        assertThat(TargetStatus.of(short2022, sum, LocalDate.of(2025, 6, 1))).isEqualTo(TargetStatus.BEHIND);
        assertThat(TargetStatus.of(oneYear(30, 30, 2022, false), sum, LocalDate.of(2025, 6, 1)))
                .isEqualTo(TargetStatus.ACHIEVED);
        // read on the last day of 2022 the year has fully passed too; on 2022-07-01 half of it has
        assertThat(TargetStatus.of(oneYear(30, 15, 2022, false), sum, LocalDate.of(2022, 7, 1)))
                .isEqualTo(TargetStatus.IN_PROGRESS);
        // a one-year target in a year without its plan is 无计划, never 滞后
        assertThat(TargetStatus.of(oneYear(null, 12, null, false), ReportPeriod.year(2023), LocalDate.of(2023, 12, 31)))
                .isEqualTo(TargetStatus.NO_PLAN);
        // rare-earth.6 "100 名左右": short of it late in the year is still 进行中, reaching it 达成
        ReportPeriod y2024 = ReportPeriod.year(2024);
        assertThat(TargetStatus.of(oneYear(100, 10, 2024, true), y2024, LocalDate.of(2025, 1, 1)))
                .isEqualTo(TargetStatus.IN_PROGRESS);
        assertThat(TargetStatus.of(oneYear(100, 100, 2024, true), y2024, LocalDate.of(2025, 1, 1)))
                .isEqualTo(TargetStatus.ACHIEVED);
        assertThat(TargetStatus.of(oneYear(100, 10, 2024, false), y2024, LocalDate.of(2025, 1, 1)))
                .isEqualTo(TargetStatus.BEHIND);
    }

    static TargetProgress oneYear(Integer planned, int achieved, Integer planYear, boolean about) {
        return new TargetProgress(
                "intake",
                "intake.target.doctors",
                "intake.1",
                "引进博士研究生",
                "PhDs brought in",
                "名",
                planned == null ? null : BigDecimal.valueOf(planned),
                null,
                BigDecimal.valueOf(achieved),
                List.of(),
                TargetProgress.Cadence.ONE_YEAR,
                planYear,
                about);
    }

    static TargetStatus status(int planned, Integer max, int achieved, LocalDate today) {
        return TargetStatus.of(target(planned, max, achieved), Y2022, today);
    }

    static TargetProgress target(int planned, Integer max, int achieved) {
        return new TargetProgress(
                "intake",
                "intake.target.doctors",
                "intake.1",
                "引进博士研究生",
                "PhDs brought in",
                "名",
                BigDecimal.valueOf(planned),
                max == null ? null : BigDecimal.valueOf(max),
                BigDecimal.valueOf(achieved),
                List.of());
    }
}
