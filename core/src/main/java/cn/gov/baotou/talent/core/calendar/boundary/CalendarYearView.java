package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** A year's holiday notice as the API shows it: the days off it gives, the weekend days it makes worked, and the result. */
@JsonbPropertyOrder({"year", "source", "daysOff", "makeUpWorkingDays", "workingDays"})
public record CalendarYearView(
        int year, List<String> source, List<DayView> daysOff, List<DayView> makeUpWorkingDays, int workingDays) {

    /** One listed day and the holiday it belongs to. */
    @JsonbPropertyOrder({"date", "name"})
    public record DayView(LocalDate date, String name) {

        static DayView of(CalendarDay d) {
            return new DayView(d.date(), d.name());
        }
    }

    static CalendarYearView of(CalendarYear year, List<CalendarDay> days, int workingDays) {
        return new CalendarYearView(
                year.year(),
                year.source(),
                days.stream().filter(CalendarDay::offDay).map(DayView::of).toList(),
                days.stream().filter(d -> !d.offDay()).map(DayView::of).toList(),
                workingDays);
    }
}
