package cn.gov.baotou.talent.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.NextYearNotice;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year after the last entered notice (2027, with notices up to 2026) is counted provisionally from the 放假办法, so
 * that an agreement signed in late December still has its 10 working days (intake.5.5); later years stay refused.
 */
class ProvisionalYearTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(SeedNotices.all());

    @Test
    void tenWorkingDaysAfter18December2026IsMonday4January2027Provisionally() {
        // 12-21..12-25 (1-5), 12-28..12-31 (6-9), 2027-01-01 元旦 off, 01-02/03 weekend, 01-04 Mon (10)
        Deadline due = CALENDAR.deadline(LocalDate.of(2026, 12, 18), 10, "signedOn");
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(due.provisional()).isTrue();
        assertThat(due.basis()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(due.workingDays()).isEqualTo(10);
    }

    @Test
    void aDeadlineInsideAnEnteredYearIsNotProvisional() {
        // 12-07 Mon: 12-08..12-11 (1-4), 12-14..12-18 (5-9), 12-21 (10)
        Deadline due = CALENDAR.deadline(LocalDate.of(2026, 12, 7), 10, "signedOn");
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(due.provisional()).isFalse();
        // the last one inside 2026: from 12-17, the 10th working day is 12-31
        assertThat(CALENDAR.deadline(LocalDate.of(2026, 12, 17), 10, "x").provisional())
                .isFalse();
    }

    @Test
    void signingOn除夕2027CountsAcrossTheSpringFestivalAndItsMadeUpDays() {
        // 02-05 除夕 (Fri) is the basis; 02-06..02-08 off, 02-09 and 02-10 made up for the weekend;
        // 02-11 Thu (1), 02-12 (2), 02-15..02-19 (3-7), 02-22..02-24 (8-10)
        Deadline due = CALENDAR.deadline(LocalDate.of(2027, 2, 5), 10, "signedOn");
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(due.provisional()).isTrue();
    }

    @Test
    void theProvisionalYearIsCoveredAndTheYearAfterItRefused() {
        assertThat(CALENDAR.provisionalYear()).contains(2027);
        assertThat(CALENDAR.covers(2027)).isTrue();
        assertThat(CALENDAR.isProvisional(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(CALENDAR.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(CALENDAR.covers(2028)).isFalse();
        assertThatThrownBy(() -> CALENDAR.deadline(LocalDate.of(2027, 12, 24), 10, "signedOn"))
                .isInstanceOfSatisfying(CalendarNotCovered.class, e -> {
                    assertThat(e.year()).isEqualTo(2028);
                    assertThat(e.errors().get(0).field()).isEqualTo("signedOn");
                });
        // no make-up working day is guessed: 2027's weekends are all off
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 2, 20))).isFalse();
        assertThat(CALENDAR.workingDaysIn(2027)).isEqualTo(261 - 13);
    }

    @Test
    void enteringTheNoticeEndsTheProvisionalYearAndMakesTheNextOneProvisional() {
        List<HolidayNotice> notices = new ArrayList<>(SeedNotices.all());
        notices.add(new HolidayNotice(
                2027,
                List.of("https://example.gov.cn/notice-2027"),
                List.of(
                        new HolidayNotice.Day(LocalDate.of(2027, 1, 1), "元旦", true),
                        new HolidayNotice.Day(LocalDate.of(2027, 1, 4), "元旦", true))));
        WorkingDayCalendar entered = WorkingDayCalendar.of(notices);
        Deadline due = entered.deadline(LocalDate.of(2026, 12, 18), 10, "signedOn");
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(due.provisional()).isFalse();
        assertThat(entered.provisionalYear()).contains(2028);
    }

    @Test
    void nextYearsNoticeIsAwaitedFromTheFirstOfNovember() {
        assertThat(NextYearNotice.missing(CALENDAR, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(NextYearNotice.missing(CALENDAR, LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(NextYearNotice.missing(CALENDAR, LocalDate.of(2026, 12, 31))).isTrue();
        // in 2027 the awaited one is 2028's, from November on
        assertThat(NextYearNotice.missing(CALENDAR, LocalDate.of(2027, 6, 1))).isFalse();
        assertThat(NextYearNotice.missing(CALENDAR, LocalDate.of(2025, 11, 20))).isFalse();
    }
}
