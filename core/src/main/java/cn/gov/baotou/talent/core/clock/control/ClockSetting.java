package cn.gov.baotou.talent.core.clock.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The clock a platform runs on, from its {@code TALENT_CLOCK} setting: unset, the system's time in Beijing; set to an
 * instant ({@code 2026-06-15T09:00+08:00}) or a day ({@code 2026-06-15}, meaning 09:00 that day), a clock that starts
 * there when the platform starts and then runs on, so that timestamps still follow one another. Only a demo or test
 * platform may be set: with demo data off (production) a setting is refused, loudly.
 */
public final class ClockSetting {

    /** 09:00 Beijing time: a working morning, far from midnight for a test run of a few hours. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private ClockSetting() {}

    /**
     * The clock for {@code setting} (null or blank: {@code system} itself), starting from {@code system}'s now.
     *
     * @throws IllegalStateException for a setting on a production platform or one that is no instant or day
     */
    public static Clock of(String setting, boolean demoData, Clock system) {
        if (setting == null || setting.isBlank()) {
            return system;
        }
        if (!demoData) {
            throw new IllegalStateException("TALENT_CLOCK is set to '" + setting.strip()
                    + "' on a production platform (TALENT_DEMO_DATA=false): only demo and test platforms may start"
                    + " on another day; remove the setting");
        }
        OffsetDateTime start = parse(setting.strip());
        Duration offset = Duration.between(system.instant(), start.toInstant());
        return Clock.offset(system, offset).withZone(Beijing.ZONE);
    }

    private static OffsetDateTime parse(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value)
                        .atTime(DEFAULT_TIME)
                        .atZone(Beijing.ZONE)
                        .toOffsetDateTime();
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "TALENT_CLOCK must be an instant such as 2026-06-15T09:00+08:00 or a day such as 2026-06-15, not '"
                            + value + "'",
                    e);
        }
    }
}
