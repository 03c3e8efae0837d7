package cn.gov.baotou.talent.core.health.boundary;

import cn.gov.baotou.talent.core.calendar.control.NextYearNotice;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The working-day calendar: always UP (a missing notice never stops the platform: the year after the last one is
 * counted provisionally), with data saying which year is provisional and whether next year's notice is overdue for
 * entry (from 1 November), for the operators' monitoring.
 */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    @Inject
    CalendarDays calendarDays;

    @Inject
    Clock clock;

    /** No transaction: the calendar is read with plain queries, and a check must answer even while deploying. */
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("calendar").up();
        try {
            WorkingDayCalendar calendar = calendarDays.calendar();
            LocalDate today = LocalDate.now(clock);
            r.withData("today", today.toString());
            if (!calendar.years().isEmpty()) {
                r.withData("lastNoticeYear", calendar.years().last());
            }
            calendar.provisionalYear().ifPresent(y -> r.withData("provisionalYear", y));
            r.withData("nextYearNoticeMissing", NextYearNotice.missing(calendar, today));
        } catch (RuntimeException e) {
            // the database check says DOWN when the database is away; this one only informs
            r.withData("error", e.getClass().getSimpleName());
        }
        return r.build();
    }
}
