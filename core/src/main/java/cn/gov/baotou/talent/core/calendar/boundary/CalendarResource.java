package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.rest.DayText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Chinese working days for deadlines ("within 10 working days"), and each year's holiday notice: public to read; only
 * the city office enters a year (PUT).
 */
@Path("/v1/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "calendar", description = "工作日日历（国务院节假日安排）")
public class CalendarResource {

    @Inject
    CalendarDays calendarDays;

    @Inject
    CalendarEditing editing;

    @GET
    @Path("working-days")
    @Operation(summary = "起算日之后的第 N 个工作日（起算日当天不计，法定节假日不计，调休上班日计入）")
    public WorkingDayAnswer workingDays(
            @QueryParam("from") @Parameter(description = "起算日期，YYYY-MM-DD", example = "2024-09-27") String from,
            @QueryParam("days") @Parameter(description = "工作日天数，不小于 0 的整数", example = "10") String days) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(from, errors);
        int n = count(days, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Deadline due = calendarDays.calendar().deadline(start, n, "from");
        return new WorkingDayAnswer(start, n, due.date(), due.provisional());
    }

    @GET
    @Path("{year}")
    @Operation(summary = "一年的节假日安排：放假日、调休上班日、全年工作日数；最后一份通知的下一年为预计（provisional）")
    public CalendarYearView year(@PathParam("year") @Parameter(description = "年份", example = "2025") String year) {
        if (!year.matches("\\d{4}")) {
            throw new NotFound("calendar.year.notFound", year);
        }
        int number = Integer.parseInt(year);
        WorkingDayCalendar calendar = calendarDays.calendar();
        if (calendar.isProvisional(LocalDate.of(number, 1, 1))) {
            return CalendarYearView.provisional(
                    number, calendar.provisionalDays(number), calendar.workingDaysIn(number));
        }
        CalendarYear y = calendarDays.year(number).orElseThrow(() -> new NotFound("calendar.year.notFound", year));
        return CalendarYearView.of(
                y, calendarDays.days(y.year()), calendarDays.calendar().workingDaysIn(y.year()));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "录入或更正一年的节假日安排（市委人才办）：与 seeds/calendar/2025.json 同样格式，年份须与地址一致")
    public CalendarYearView replace(
            @PathParam("year") @Parameter(description = "年份", example = "2027") String year, String notice) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new InvalidInput("year", "calendar.notice.year", year);
        }
        editing.replace(Integer.parseInt(year), new StringReader(notice == null ? "" : notice));
        return year(year);
    }

    private static LocalDate date(String from, List<FieldError> errors) {
        if (from == null || from.isBlank()) {
            errors.add(FieldError.of("from", "calendar.from.required"));
            return null;
        }
        try {
            return DayText.parse(from.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("from", "calendar.from.malformed", from));
            return null;
        }
    }

    private static int count(String days, List<FieldError> errors) {
        if (days != null && days.strip().matches("\\d{1,9}")) {
            return Integer.parseInt(days.strip());
        }
        errors.add(FieldError.of("days", "calendar.days.invalid", days == null ? "" : days));
        return -1;
    }
}
