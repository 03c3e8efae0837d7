package cn.gov.baotou.talent.core.clock.control;

import java.time.ZoneId;

/** The platform's time zone: the policies' days and deadlines are Baotou's, which keeps Beijing time. */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {}
}
