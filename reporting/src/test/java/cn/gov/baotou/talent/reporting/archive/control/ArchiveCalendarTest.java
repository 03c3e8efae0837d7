package cn.gov.baotou.talent.reporting.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveCalendarTest {

    private final ArchiveCalendar calendar = new ArchiveCalendar(12);

    @Test
    void theFirstRunArchivesTheMonthJustEndedAndNothingBeforeIt() {
        assertThat(calendar.due(LocalDate.of(2026, 12, 1), List.of())).containsExactly(YearMonth.of(2026, 11));
        assertThat(calendar.due(LocalDate.of(2026, 12, 6), List.of())).containsExactly(YearMonth.of(2026, 11));
    }

    @Test
    void onTheFirstOfTheMonthThePreviousMonthIsDue() {
        List<YearMonth> archived = List.of(YearMonth.of(2026, 10));
        assertThat(calendar.due(LocalDate.of(2026, 11, 30), archived)).isEmpty();
        assertThat(calendar.due(LocalDate.of(2026, 12, 1), archived)).containsExactly(YearMonth.of(2026, 11));
    }

    @Test
    void januaryArchivesDecemberOfTheYearBefore() {
        assertThat(calendar.due(LocalDate.of(2027, 1, 1), List.of(YearMonth.of(2026, 11))))
                .containsExactly(YearMonth.of(2026, 12));
    }

    @Test
    void monthsMissedWhileStoppedAreCaughtUpOldestFirst() {
        List<YearMonth> archived = List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8));
        assertThat(calendar.due(LocalDate.of(2026, 12, 14), archived))
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void aMonthWhoseRunFailedBetweenTwoArchivedOnesStaysDue() {
        List<YearMonth> archived = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 11));
        assertThat(calendar.due(LocalDate.of(2026, 12, 2), archived)).containsExactly(YearMonth.of(2026, 10));
    }

    @Test
    void catchingUpReachesBackAtMostTheConfiguredMonths() {
        List<YearMonth> archived = List.of(YearMonth.of(2024, 1));
        List<YearMonth> due = new ArchiveCalendar(3).due(LocalDate.of(2026, 12, 6), archived);
        assertThat(due).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
    }

    @Test
    void runningAgainOnceArchivedFindsNothing() {
        List<YearMonth> archived = new ArrayList<>(List.of(YearMonth.of(2026, 8)));
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<YearMonth> first = calendar.due(today, archived);
        archived.addAll(first);
        assertThat(first).hasSize(3);
        assertThat(calendar.due(today, archived)).isEmpty();
        assertThat(calendar.due(today.plusDays(20), archived)).isEmpty();
    }

    @Test
    void onlyAnEndedMonthMayBeArchived() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(ArchiveCalendar.ended(YearMonth.of(2026, 11), today)).isTrue();
        assertThat(ArchiveCalendar.ended(YearMonth.of(2026, 12), today)).isFalse();
        assertThat(ArchiveCalendar.ended(YearMonth.of(2027, 1), today)).isFalse();
    }

    @Test
    void aMonthsReportsCoverItsYearToTheMonthsEnd() {
        assertThat(ArchiveCalendar.period(YearMonth.of(2025, 2)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)));
        assertThat(ArchiveCalendar.period(YearMonth.of(2024, 2)).to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ArchiveCalendar.period(YearMonth.of(2025, 12))).isEqualTo(ReportPeriod.year(2025));
    }

    @Test
    void aWindowOfLessThanOneMonthIsRefused() {
        assertThatThrownBy(() -> new ArchiveCalendar(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
