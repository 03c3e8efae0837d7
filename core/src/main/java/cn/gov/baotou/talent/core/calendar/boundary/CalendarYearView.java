package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's holiday notice as the API shows it: the days off it gives, the weekend days it makes worked, and the result.
 * The year after the last notice is shown {@code provisional}: its days off expected from the 放假办法, no make-up
 * working days (only a notice sets those), each day marked provisional.
 */
@JsonbPropertyOrder({"year", "provisional", "source", "daysOff", "makeUpWorkingDays", "workingDays"})
public record CalendarYearView(
        int year,
        boolean provisional,
        List<String> source,
        List<DayView> daysOff,
        List<DayView> makeUpWorkingDays,
        int workingDays) {

    /** Where the provisional days come from. */
    static final String RULES = "全国年节及纪念日放假办法（2024年11月10日国务院令第774号修订）";

    /** One listed day and the holiday it belongs to. */
    @JsonbPropertyOrder({"date", "name", "provisional"})
    public record DayView(LocalDate date, String name, boolean provisional) {

        static DayView of(CalendarDay d) {
            return new DayView(d.date(), d.name(), false);
        }

        static DayView expected(HolidayNotice.Day d) {
            return new DayView(d.date(), d.name(), true);
        }
    }

    static CalendarYearView of(CalendarYear year, List<CalendarDay> days, int workingDays) {
        return new CalendarYearView(
                year.year(),
                false,
                year.source(),
                days.stream().filter(CalendarDay::offDay).map(DayView::of).toList(),
                days.stream().filter(d -> !d.offDay()).map(DayView::of).toList(),
                workingDays);
    }

    static CalendarYearView provisional(int year, List<HolidayNotice.Day> expected, int workingDays) {
        return new CalendarYearView(
                year,
                true,
                List.of(RULES),
                expected.stream().map(DayView::expected).toList(),
                List.of(),
                workingDays);
    }
}
