package cn.gov.baotou.talent.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.clock.control.ClockSetting;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** TALENT_CLOCK: a demo or test platform may start on another day; a production one may not. */
class ClockSettingTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), Beijing.ZONE);

    @Test
    void unsetTheSystemsClockItself() {
        assertThat(ClockSetting.of(null, true, SYSTEM)).isSameAs(SYSTEM);
        assertThat(ClockSetting.of("  ", false, SYSTEM)).isSameAs(SYSTEM);
    }

    @Test
    void aDayStartsAtNineInTheMorningBeijingTime() {
        Clock c = ClockSetting.of("2026-12-18", true, SYSTEM);
        assertThat(LocalDateTime.now(c)).isEqualTo(LocalDateTime.of(2026, 12, 18, 9, 0));
        assertThat(c.getZone()).isEqualTo(Beijing.ZONE);
    }

    @Test
    void anInstantWithItsOffset() {
        Clock c = ClockSetting.of("2027-06-01T23:30+08:00", true, SYSTEM);
        assertThat(LocalDate.now(c)).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(c.instant()).isEqualTo(Instant.parse("2027-06-01T15:30:00Z"));
    }

    @Test
    void theSetClockRunsOnWithTheSystemsTime() {
        Clock later = Clock.offset(SYSTEM, java.time.Duration.ofMinutes(5));
        Clock start = ClockSetting.of("2026-06-15T09:00+08:00", true, SYSTEM);
        Clock after = ClockSetting.of("2026-06-15T09:00+08:00", true, later);
        // both started at 09:00 of their own start; the offset from the system's time is what is kept
        assertThat(start.instant()).isEqualTo(after.instant());
    }

    @Test
    void aProductionPlatformRefusesTheSettingLoudly() {
        assertThatThrownBy(() -> ClockSetting.of("2026-06-15", false, SYSTEM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TALENT_CLOCK")
                .hasMessageContaining("TALENT_DEMO_DATA=false");
    }

    @Test
    void aMalformedSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> ClockSetting.of("15.06.2026", true, SYSTEM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TALENT_CLOCK")
                .hasMessageContaining("15.06.2026");
    }
}
