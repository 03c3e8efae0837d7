package cn.gov.baotou.talent.servicesplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows.Range;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** services-plan.5.1: 每年3月和9月的1—10日. */
class ApplicationWindowsTest {

    static final ApplicationWindows WINDOWS = new ApplicationWindows(List.of(
            new Range(MonthDay.of(9, 1), MonthDay.of(9, 10)), new Range(MonthDay.of(3, 1), MonthDay.of(3, 10))));

    @Test
    void the28thOfFebruaryIsClosedAndTheNextWindowOpensOn1March() {
        assertThat(WINDOWS.containing(date("2024-02-28"))).isEmpty();
        assertThat(WINDOWS.containingOrNext(date("2024-02-28")).start()).isEqualTo(date("2024-03-01"));
    }

    @Test
    void the1stAndThe10thOfMarchAreOpen() {
        assertThat(WINDOWS.containing(date("2024-03-01"))).isPresent();
        assertThat(WINDOWS.containing(date("2024-03-10"))).hasValueSatisfying(w -> {
            assertThat(w.start()).isEqualTo(date("2024-03-01"));
            assertThat(w.end()).isEqualTo(date("2024-03-10"));
        });
    }

    @Test
    void the11thOfMarchIsClosedAndTheNextWindowIsSeptember() {
        assertThat(WINDOWS.containing(date("2024-03-11"))).isEmpty();
        assertThat(WINDOWS.containingOrNext(date("2024-03-11")).start()).isEqualTo(date("2024-09-01"));
    }

    @Test
    void afterSeptemberTheNextWindowIsMarchOfTheNextYear() {
        assertThat(WINDOWS.containingOrNext(date("2024-09-11")).start()).isEqualTo(date("2025-03-01"));
        assertThat(WINDOWS.containingOrNext(date("2024-12-31")).end()).isEqualTo(date("2025-03-10"));
    }

    private static LocalDate date(String s) {
        return LocalDate.parse(s);
    }
}
