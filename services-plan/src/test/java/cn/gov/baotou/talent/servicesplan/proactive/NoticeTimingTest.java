package cn.gov.baotou.talent.servicesplan.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.servicesplan.proactive.control.NoticeTiming;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows.Range;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proactive notice is due from two weeks before a window opens until it closes, within the service period. */
class NoticeTimingTest {

    static final ApplicationWindows WINDOWS = new ApplicationWindows(List.of(
            new Range(MonthDay.of(3, 1), MonthDay.of(3, 10)), new Range(MonthDay.of(9, 1), MonthDay.of(9, 10))));
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void fifteenDaysBeforeItIsNotYetDueFourteenDaysBeforeItIs() {
        assertThat(NoticeTiming.due(LocalDate.of(2025, 2, 14), WINDOWS, END)).isEmpty();
        assertThat(NoticeTiming.due(LocalDate.of(2025, 2, 15), WINDOWS, END))
                .hasValueSatisfying(w -> assertThat(w.start()).isEqualTo(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void itStaysDueUntilTheWindowClosesSoAMissedDayIsMadeUp() {
        assertThat(NoticeTiming.due(LocalDate.of(2025, 3, 10), WINDOWS, END)).isPresent();
        assertThat(NoticeTiming.due(LocalDate.of(2025, 3, 11), WINDOWS, END)).isEmpty();
    }

    @Test
    void aWindowAfterTheServicePeriodIsNeverAnnounced() {
        assertThat(NoticeTiming.due(LocalDate.of(2025, 12, 31), WINDOWS, END)).isEmpty();
        assertThat(NoticeTiming.due(LocalDate.of(2026, 2, 20), WINDOWS, LocalDate.of(2028, 12, 31)))
                .isPresent();
    }
}
