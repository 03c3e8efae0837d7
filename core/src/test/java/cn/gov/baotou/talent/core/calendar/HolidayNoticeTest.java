package cn.gov.baotou.talent.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice is checked on the way in: every deadline of the platform will be counted from it. */
class HolidayNoticeTest {

    private static final String PAPER = "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm";

    // a sound core of the 2025 notice: 国庆节、中秋节 10-01 (Wed) .. 10-08, with 09-28 (Sun) and 10-11 (Sat) worked
    private static final String[] NATIONAL_DAY_2025 = {
        day("2025-09-28", "国庆节", false),
        day("2025-10-01", "国庆节", true),
        day("2025-10-02", "国庆节", true),
        day("2025-10-03", "国庆节", true),
        day("2025-10-04", "国庆节", true),
        day("2025-10-05", "国庆节", true),
        day("2025-10-06", "国庆节", true),
        day("2025-10-07", "国庆节", true),
        day("2025-10-08", "国庆节", true),
        day("2025-10-11", "国庆节", false)
    };

    @Test
    void theFiveSeedNoticesAreSound() {
        assertThat(SeedNotices.all()).extracting(HolidayNotice::year).containsExactly(2022, 2023, 2024, 2025, 2026);
        HolidayNotice n2025 = SeedNotices.of(2025);
        assertThat(n2025.papers()).containsExactly(PAPER);
        assertThat(n2025.days()).hasSize(33);
        assertThat(n2025.days()).filteredOn(d -> !d.offDay()).hasSize(5);
    }

    @Test
    void aSoundNoticeIsReadWithItsWeekendDaysOffInsideTheHoliday() {
        HolidayNotice n = read(notice(2025, NATIONAL_DAY_2025));
        assertThat(n.year()).isEqualTo(2025);
        assertThat(n.source()).isEqualTo(PAPER);
        assertThat(n.days())
                .contains(new HolidayNotice.Day(LocalDate.of(2025, 10, 4), "国庆节", true))
                .contains(new HolidayNotice.Day(LocalDate.of(2025, 10, 11), "国庆节", false));
    }

    @Test
    void aDateOutsideTheYearIsRefused() {
        assertThat(refusals(notice(2025, with(NATIONAL_DAY_2025, day("2024-10-01", "国庆节", true)))))
                .containsExactly("days[10].date calendar.notice.dateOutsideYear");
        assertThat(refusals(notice(2025, with(NATIONAL_DAY_2025, day("2026-01-01", "元旦", true)))))
                .containsExactly("days[10].date calendar.notice.dateOutsideYear");
    }

    @Test
    void aNewYearHolidayMayBeginOnTheLastDayOfTheYearBeforeButNotFurtherAway() {
        // as in the 2023 notice: 元旦 from Saturday 2022-12-31 to Monday 2023-01-02
        HolidayNotice n = read(notice(
                2023, day("2022-12-31", "元旦", true), day("2023-01-01", "元旦", true), day("2023-01-02", "元旦", true)));
        assertThat(n.days()).hasSize(3);
        // 2022-12-30 is not joined to 2023 by listed days of the same holiday
        assertThat(refusals(notice(
                        2023,
                        day("2022-12-30", "元旦", true),
                        day("2023-01-01", "元旦", true),
                        day("2023-01-02", "元旦", true))))
                .containsExactly("days[0].date calendar.notice.dateOutsideYear");
    }

    @Test
    void aDayListedTwiceIsRefused() {
        assertThat(refusals(notice(2025, with(NATIONAL_DAY_2025, day("2025-10-01", "国庆节", true)))))
                .containsExactly("days[10].date calendar.notice.duplicate");
    }

    @Test
    void aWorkingDayOnAWeekdayIsRefused() {
        // Thursday 2025-10-09 is worked anyway: it cannot be a make-up day
        assertThat(refusals(notice(2025, with(NATIONAL_DAY_2025, day("2025-10-09", "国庆节", false)))))
                .containsExactly("days[10].isOffDay calendar.notice.workingDayOnWeekday");
    }

    @Test
    void aDayOffOnAWeekendOutsideAnyHolidayIsRefused() {
        // Saturday 2025-03-08 is off anyway, and no weekday of its "holiday" is off
        assertThat(refusals(notice(2025, with(NATIONAL_DAY_2025, day("2025-03-08", "妇女节", true)))))
                .containsExactly("days[10].isOffDay calendar.notice.offDayOnWeekend");
        // the same Saturday as part of a run that gives Friday 03-07 off is a holiday's day
        assertThat(read(notice(2025, day("2025-03-07", "某节", true), day("2025-03-08", "某节", true)))
                        .days())
                .hasSize(2);
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        assertThat(refusals(notice(
                        2025,
                        day("2025-10-01", "国庆节", true),
                        day("2025-10-01", "国庆节", true),
                        day("2025-10-09", "", false),
                        day("2024-12-28", "元旦", false))))
                .containsExactlyInAnyOrder(
                        "days[1].date calendar.notice.duplicate",
                        "days[2].name calendar.notice.name",
                        "days[2].isOffDay calendar.notice.workingDayOnWeekday",
                        "days[3].date calendar.notice.dateOutsideYear");
    }

    @Test
    void aFileThatIsNotANoticeIsRefusedNamingWhatIsWrong() {
        assertThat(refusals("[1, 2]")).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("{\"year\": ")).containsExactly("notice calendar.notice.unreadable");
        assertThat(refusals("{\"papers\": [], \"days\": {}}"))
                .containsExactly(
                        "year calendar.notice.year", "papers calendar.notice.papers", "days calendar.notice.noDays");
        assertThat(refusals(notice(2025))).containsExactly("days calendar.notice.noDays");
        assertThat(refusals("{\"year\": 2025, \"papers\": [\"" + PAPER + "\"], \"days\": ["
                        + "{\"name\": \"春节\", \"date\": \"2025-02-30\", \"isOffDay\": true},"
                        + "{\"name\": \"春节\", \"date\": \"2025-01-28\", \"isOffDay\": \"yes\"},"
                        + "{\"name\": \"春节\", \"date\": \"2025-01-29\"}, 7]}"))
                .containsExactly(
                        "days[0].date calendar.notice.date",
                        "days[1].isOffDay calendar.notice.isOffDay",
                        "days[2].isOffDay calendar.notice.isOffDay",
                        "days[3] calendar.notice.unreadable");
    }

    @Test
    void aNoticeWithoutItsAddressOrWithTooLongANameIsRefused() {
        String json = notice(2025, NATIONAL_DAY_2025).replace("\"" + PAPER + "\"", "");
        assertThat(refusals(json)).containsExactly("papers calendar.notice.papers");
        assertThat(refusals(notice(2025, day("2025-10-01", "节".repeat(61), true))))
                .containsExactly("days[0].name calendar.notice.name");
    }

    private static HolidayNotice read(String json) {
        return HolidayNotice.read(new StringReader(json));
    }

    /** Each refused field as "field messageKey". */
    private static List<String> refusals(String json) {
        InvalidInput refused = catchThrowableOfType(() -> read(json), InvalidInput.class);
        assertThat(refused).as("refused: %s", json).isNotNull();
        return refused.errors().stream()
                .map(e -> e.field() + " " + e.messageKey())
                .toList();
    }

    private static String notice(int year, String... days) {
        return "{\"$schema\": \"ignored\", \"year\": " + year + ", \"papers\": [\"" + PAPER + "\"], \"days\": ["
                + String.join(",", days) + "]}";
    }

    private static String day(String date, String name, boolean off) {
        return "{\"name\": \"" + name + "\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
    }

    private static String[] with(String[] days, String... more) {
        return Arrays.stream(new String[][] {days, more})
                .flatMap(Arrays::stream)
                .toArray(String[]::new);
    }
}
