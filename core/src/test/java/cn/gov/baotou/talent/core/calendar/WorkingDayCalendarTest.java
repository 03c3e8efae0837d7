package cn.gov.baotou.talent.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.refusal.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days from the real seed notices, checked against walks counted by hand on a printed calendar. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(SeedNotices.all());

    @Test
    void tenWorkingDaysAfterFriday27September2024AcrossNationalDay() {
        // 09-28 Sat off; 09-29 Sun make-up (1); 09-30 Mon (2); 10-01..10-07 国庆节 off; 10-08 Tue (3), 10-09 (4),
        // 10-10 (5), 10-11 Fri (6); 10-12 Sat make-up (7); 10-13 Sun off; 10-14 Mon (8), 10-15 (9), 10-16 Wed (10)
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2024, 9, 27), 10)).isEqualTo(LocalDate.of(2024, 10, 16));
    }

    @Test
    void tenWorkingDaysAfterFriday26September2025AcrossNationalDayAndMidAutumn() {
        // 09-27 Sat off; 09-28 Sun make-up (1); 09-29 Mon (2); 09-30 Tue (3); 10-01..10-08 国庆节、中秋节 off (8 days,
        // the weekend 10-04/05 among them); 10-09 Thu (4); 10-10 Fri (5); 10-11 Sat make-up (6); 10-12 Sun off;
        // 10-13 Mon (7), 10-14 (8), 10-15 (9), 10-16 Thu (10)
        LocalDate from = LocalDate.of(2025, 9, 26);
        assertThat(CALENDAR.plusWorkingDays(from, 10)).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(CALENDAR.plusWorkingDays(from, 1)).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(CALENDAR.plusWorkingDays(from, 6)).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void aMakeUpSaturdayIsWorkedAndAPlainSaturdayIsNot() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(CALENDAR.listed(LocalDate.of(2025, 10, 11)))
                .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("国庆节、中秋节"));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, 18))).isFalse();
        assertThat(CALENDAR.listed(LocalDate.of(2025, 10, 18))).isEmpty();
    }

    @Test
    void aHolidayWeekdayIsNotWorked() {
        assertThat(LocalDate.of(2025, 10, 8).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
    }

    @Test
    void countingFromAHolidayStartsAtTheFirstWorkingDayAfterIt() {
        // 10-03 Fri is off; 10-04..10-08 off; 10-09 Thu is the first working day after it
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 10, 3), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 10, 3), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void oneWorkingDayAfterAFridayIsTheMondayUnlessTheSundayIsAMakeUpDay() {
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        // Friday 2025-01-24: Saturday off, Sunday 01-26 worked for 春节
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 1, 26));
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfAndANegativeNumberIsAMistake() {
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 10, 1), 0)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2025, 10, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWalkPastTheLastEnteredYearIsRefusedNamingTheYear() {
        // 2027 is counted provisionally (the year after the last notice); 2028 is refused
        LocalDate from = LocalDate.of(2027, 12, 24); // a Friday: 12-27 Mon .. 12-31 Fri are the last 5 working days
        assertThat(CALENDAR.plusWorkingDays(from, 5)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(from, 6))
                .isInstanceOfSatisfying(CalendarNotCovered.class, e -> {
                    assertThat(e.year()).isEqualTo(2028);
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("from");
                        assertThat(f.messageKey()).isEqualTo("calendar.yearNotCovered");
                        assertThat(f.arguments()).containsExactly("2028");
                    });
                });
        assertThatThrownBy(() -> CALENDAR.plusWorkingDays(from, 6, "signedOn"))
                .isInstanceOfSatisfying(CalendarNotCovered.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("signedOn"));
    }

    @Test
    void aYearBeforeTheFirstNoticeOrBetweenTwoNoticesIsRefused() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2021, 6, 1)))
                .isInstanceOfSatisfying(
                        CalendarNotCovered.class, e -> assertThat(e.year()).isEqualTo(2021));
        WorkingDayCalendar withAGap = WorkingDayCalendar.of(List.of(SeedNotices.of(2024), SeedNotices.of(2026)));
        assertThatThrownBy(() -> withAGap.plusWorkingDays(LocalDate.of(2024, 12, 20), 30))
                .isInstanceOfSatisfying(
                        CalendarNotCovered.class, e -> assertThat(e.year()).isEqualTo(2025));
    }

    @Test
    void theNewYearHolidayOf2023BeganOn31December2022() {
        assertThat(CALENDAR.listed(LocalDate.of(2022, 12, 31)))
                .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("元旦"));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2022, 12, 30))).isTrue();
        assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2022, 12, 30), 1)).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheSecond() {
        LocalDate deadline = LocalDate.of(2025, 9, 26);
        assertThat(CALENDAR.workingDaysBetween(deadline, LocalDate.of(2025, 10, 16)))
                .isEqualTo(10);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 10, 16), deadline))
                .isEqualTo(-10);
        assertThat(CALENDAR.workingDaysBetween(deadline, deadline)).isZero();
        // a deadline of Tuesday 09-30 is not yet overdue during the holiday, one day overdue on Thursday 10-09
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 8)))
                .isZero();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9)))
                .isEqualTo(1);
        for (int n = 0; n <= 300; n += 7) {
            LocalDate d = CALENDAR.plusWorkingDays(LocalDate.of(2024, 1, 5), n);
            assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 1, 5), d)).isEqualTo(n);
        }
    }

    @Test
    void year2025Has248WorkingDays() {
        // Counted by hand. 2025 has 365 days and starts on a Wednesday: 52 whole weeks (104 Saturdays and Sundays)
        // and one more day, Wednesday 12-31, so 261 days from Monday to Friday.
        // The notice gives 18 of those off: 元旦 01-01; 春节 01-28, 01-29, 01-30, 01-31, 02-03, 02-04; 清明节 04-04;
        // 劳动节 05-01, 05-02, 05-05; 端午节 06-02; 国庆节、中秋节 10-01, 10-02, 10-03, 10-06, 10-07, 10-08.
        // It makes 5 weekend days worked: 01-26, 02-08, 04-27, 09-28, 10-11.
        // 261 - 18 + 5 = 248. Not 250 = 365 - 104 - 11: since 2025 there are 13 statutory holiday days, not 11.
        List<LocalDate> weekdaysOff = List.of(
                        "2025-01-01",
                        "2025-01-28",
                        "2025-01-29",
                        "2025-01-30",
                        "2025-01-31",
                        "2025-02-03",
                        "2025-02-04",
                        "2025-04-04",
                        "2025-05-01",
                        "2025-05-02",
                        "2025-05-05",
                        "2025-06-02",
                        "2025-10-01",
                        "2025-10-02",
                        "2025-10-03",
                        "2025-10-06",
                        "2025-10-07",
                        "2025-10-08")
                .stream()
                .map(LocalDate::parse)
                .toList();
        List<LocalDate> madeUp = List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11").stream()
                .map(LocalDate::parse)
                .toList();
        HolidayNotice notice = SeedNotices.of(2025);
        assertThat(notice.days().stream()
                        .filter(d -> d.offDay() && !weekend(d.date()))
                        .map(HolidayNotice.Day::date))
                .containsExactlyInAnyOrderElementsOf(weekdaysOff);
        assertThat(notice.days().stream().filter(d -> !d.offDay()).map(HolidayNotice.Day::date))
                .containsExactlyInAnyOrderElementsOf(madeUp);
        assertThat(weekdays(2025)).isEqualTo(261);
        assertThat(CALENDAR.workingDaysIn(2025)).isEqualTo(261 - 18 + 5).isEqualTo(248);
    }

    @Test
    void everyYearWorksItsWeekdaysLessTheStatutoryHolidays() {
        // 《全国年节及纪念日放假办法》: 11 days a year until 2024; 13 from 2025 (春节 and 劳动节 one day longer).
        // The notices move days but keep the total: a holiday on a weekend is given back on a weekday, and each
        // bridging weekday off is repaid by a weekend day worked.
        for (int year = SeedNotices.FIRST; year <= SeedNotices.LAST; year++) {
            int statutory = year < 2025 ? 11 : 13;
            assertThat(CALENDAR.workingDaysIn(year)).as("%d", year).isEqualTo(weekdays(year) - statutory);
        }
        assertThat(CALENDAR.workingDaysIn(2024)).isEqualTo(251);
        assertThat(CALENDAR.workingDaysIn(2026)).isEqualTo(248);
    }

    private static int weekdays(int year) {
        int count = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            count += weekend(d) ? 0 : 1;
        }
        return count;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
