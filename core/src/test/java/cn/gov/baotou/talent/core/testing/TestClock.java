package cn.gov.baotou.talent.core.testing;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import java.time.Clock;
import java.time.LocalDate;

/** The day the persistence tests run on, whatever the real date: a fixed clock at 09:00 Beijing time. */
public final class TestClock {

    /** A plain working day of a year whose holiday notice is entered, after every seeded case. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    public static final Clock CLOCK = on(TODAY);

    private TestClock() {}

    /** A clock fixed at 09:00 Beijing time on {@code day}. */
    public static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(Beijing.ZONE).toInstant(), Beijing.ZONE);
    }
}
