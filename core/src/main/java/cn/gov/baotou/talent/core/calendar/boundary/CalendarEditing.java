package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.account.boundary.Permitted;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.NoticeEntered;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The city office enters a year's State Council holiday notice, or corrects one: as the JSON of the seed files, checked
 * entry by entry, replacing that year's days in one transaction (the audit trail keeps what it changed), in which every
 * due date counted on provisional days is counted again ({@link NoticeEntered}).
 */
@ApplicationScoped
@Transactional
@Permitted(Role.CITY_OFFICE)
public class CalendarEditing {

    @Inject
    CalendarDays calendarDays;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeEntered> entered;

    Consumer<NoticeEntered> announce = e -> entered.fire(e);

    public CalendarEditing() {}

    /**
     * For use outside the container (tests), with an entity manager whose transaction the caller runs; {@code
     * announce} stands for the event's observers.
     */
    public CalendarEditing(EntityManager em, Clock clock, Consumer<NoticeEntered> announce) {
        this.calendarDays = new CalendarDays(em);
        this.clock = clock;
        this.announce = announce;
    }

    /** Reads a notice and makes its year's days exactly the notice's; {@code year}, when given, must be its year. */
    public CalendarYear replace(Integer year, Reader json) {
        HolidayNotice notice = HolidayNotice.read(json);
        if (year != null && notice.year() != year) {
            throw new InvalidInput(List.of(FieldError.of(
                    "year", "calendar.notice.yearMismatch", String.valueOf(notice.year()), String.valueOf(year))));
        }
        CalendarYear y = calendarDays.replace(notice, LocalDateTime.now(clock));
        announce.accept(new NoticeEntered(notice.year(), calendarDays.calendar()));
        return y;
    }
}
