package cn.gov.baotou.talent.core.calendar;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The holiday notices of the seeds module, read as the platform reads them. */
final class SeedNotices {

    static final int FIRST = 2022;
    static final int LAST = 2026;

    private SeedNotices() {}

    static List<HolidayNotice> all() {
        List<HolidayNotice> notices = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            notices.add(of(year));
        }
        return notices;
    }

    static HolidayNotice of(int year) {
        String path = "seeds/calendar/" + year + ".json";
        try (InputStream in = SeedNotices.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + path);
            }
            return HolidayNotice.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
