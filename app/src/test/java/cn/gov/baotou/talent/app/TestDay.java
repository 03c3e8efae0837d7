package cn.gov.baotou.talent.app;

import java.time.LocalDate;

/**
 * The day the integration tests take as today: the root pom's {@code talent.test.today} (2026-06-15 unless
 * {@code -Dtalent.test.today=…} says otherwise), the day arquillian.xml starts Payara Micro's platform clock on
 * ({@code -Dtalent.clock}). The only source of "today" and "this year" in these tests: never the real date, so that
 * the build gives the same answer on any day it runs.
 */
final class TestDay {

    /** The root pom's default, for a test run from an IDE without Maven's system properties. */
    static final String DEFAULT = "2026-06-15";

    static final LocalDate TODAY = LocalDate.parse(System.getProperty("talent.test.today", DEFAULT));

    private TestDay() {}
}
