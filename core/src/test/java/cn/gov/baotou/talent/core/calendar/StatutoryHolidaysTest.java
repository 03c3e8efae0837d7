package cn.gov.baotou.talent.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.StatutoryHolidays;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The days off a year has by the 2024 放假办法 alone, before its notice: what the provisional calendar counts with. */
class StatutoryHolidaysTest {

    @Test
    void year2027ByTheRulesWithEachWeekendHolidayMadeUpOnTheNextWorkingDay() {
        Map<LocalDate, String> days = StatutoryHolidays.of(2027).stream()
                .collect(Collectors.toMap(HolidayNotice.Day::date, HolidayNotice.Day::name));
        assertThat(days)
                // 元旦 on a Friday
                .containsEntry(LocalDate.of(2027, 1, 1), "元旦")
                // 除夕 Fri 02-05, 初一 Sat 02-06, 初二 Sun 02-07, 初三 Mon 02-08: the weekend two made up Tue and Wed
                .containsEntry(LocalDate.of(2027, 2, 5), "春节")
                .containsEntry(LocalDate.of(2027, 2, 6), "春节")
                .containsEntry(LocalDate.of(2027, 2, 7), "春节")
                .containsEntry(LocalDate.of(2027, 2, 8), "春节")
                .containsEntry(LocalDate.of(2027, 2, 9), "春节" + StatutoryHolidays.MADE_UP)
                .containsEntry(LocalDate.of(2027, 2, 10), "春节" + StatutoryHolidays.MADE_UP)
                // 清明 the solar term, Monday 04-05
                .containsEntry(LocalDate.of(2027, 4, 5), "清明节")
                // 劳动节 Sat 05-01 and Sun 05-02: made up Mon 05-03 and Tue 05-04
                .containsEntry(LocalDate.of(2027, 5, 3), "劳动节" + StatutoryHolidays.MADE_UP)
                .containsEntry(LocalDate.of(2027, 5, 4), "劳动节" + StatutoryHolidays.MADE_UP)
                // 端午 五月初五 Wed 06-09; 中秋 八月十五 Wed 09-15
                .containsEntry(LocalDate.of(2027, 6, 9), "端午节")
                .containsEntry(LocalDate.of(2027, 9, 15), "中秋节")
                // 国庆 Fri 10-01, Sat 10-02, Sun 10-03: made up Mon 10-04 and Tue 10-05
                .containsEntry(LocalDate.of(2027, 10, 1), "国庆节")
                .containsEntry(LocalDate.of(2027, 10, 4), "国庆节" + StatutoryHolidays.MADE_UP)
                .containsEntry(LocalDate.of(2027, 10, 5), "国庆节" + StatutoryHolidays.MADE_UP)
                .doesNotContainKey(LocalDate.of(2027, 10, 6))
                .doesNotContainKey(LocalDate.of(2027, 1, 4));
        // 13 statutory days, of which 6 fall on a weekend and are made up
        assertThat(days).hasSize(19);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void everyStatutoryHolidayOfAYearUnderThe2024RulesIsOffInThatYearsNotice(int year) {
        // the lunar and solar-term dates from the library agree with the State Council's own notices
        HolidayNotice notice = SeedNotices.of(year);
        for (HolidayNotice.Day d : StatutoryHolidays.of(year)) {
            if (d.name().endsWith(StatutoryHolidays.MADE_UP) || weekend(d.date())) {
                continue;
            }
            assertThat(notice.days()).as("%s %s", d.date(), d.name()).anySatisfy(n -> {
                assertThat(n.date()).isEqualTo(d.date());
                assertThat(n.offDay()).isTrue();
            });
        }
    }

    @Test
    void aHolidayOnAnotherHolidayIsMadeUpToo() {
        // 2028: 中秋 (八月十五) is Tuesday 10-03, the third day of 国庆节; 10-01 and 10-02 are Sunday and Monday
        Map<LocalDate, String> days = StatutoryHolidays.of(2028).stream()
                .collect(Collectors.toMap(HolidayNotice.Day::date, HolidayNotice.Day::name));
        assertThat(days.get(LocalDate.of(2028, 10, 3))).isEqualTo("中秋节");
        // Sunday 10-01 (国庆) and the 国庆 day lost to 中秋 on 10-03 are made up on Wednesday 10-04 and Thursday 10-05
        assertThat(days)
                .containsEntry(LocalDate.of(2028, 10, 4), "国庆节" + StatutoryHolidays.MADE_UP)
                .containsEntry(LocalDate.of(2028, 10, 5), "国庆节" + StatutoryHolidays.MADE_UP)
                .doesNotContainKey(LocalDate.of(2028, 10, 6));
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek().getValue() >= 6;
    }
}
