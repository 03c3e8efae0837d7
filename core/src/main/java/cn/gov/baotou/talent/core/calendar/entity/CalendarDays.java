package cn.gov.baotou.talent.core.calendar.entity;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entered holiday notices, and the working-day calendar they make, kept in memory until a notice is replaced. */
@ApplicationScoped
public class CalendarDays {

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;

    public CalendarDays() {}

    /** For use outside the container (tests, seed import), with an entity manager whose transaction the caller runs. */
    public CalendarDays(EntityManager em) {
        this.em = em;
    }

    /**
     * The calendar of every entered year, from memory unless a year was loaded since — here or by another instance on
     * the same database, which one small query (the years and when each was loaded) tells.
     */
    public WorkingDayCalendar calendar() {
        Map<Integer, LocalDateTime> loaded = loaded();
        Snapshot s = snapshot;
        if (s == null || !s.loaded().equals(loaded)) {
            s = new Snapshot(loaded, load(loaded.keySet()));
            snapshot = s;
        }
        return s.calendar();
    }

    public List<CalendarYear> years() {
        return em.createQuery("select y from CalendarYear y order by y.year", CalendarYear.class)
                .getResultList();
    }

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(em.find(CalendarYear.class, year));
    }

    /** The days a year's notice lists, by date. */
    public List<CalendarDay> days(int year) {
        return em.createQuery("select d from CalendarDay d where d.year = :y order by d.date", CalendarDay.class)
                .setParameter("y", year)
                .getResultList();
    }

    /**
     * Makes a year's days exactly the notice's, in the caller's transaction (changed days are updated, so the audit
     * trail shows what the new notice changed); a day that another year's notice lists is refused first. {@code loadedAt}
     * (Beijing time) tells every instance that the year changed.
     */
    public CalendarYear replace(HolidayNotice notice, LocalDateTime loadedAt) {
        CalendarYear year = em.find(CalendarYear.class, notice.year(), LockModeType.PESSIMISTIC_WRITE);
        Map<LocalDate, CalendarDay> stored = new HashMap<>();
        em.createQuery("select d from CalendarDay d where d.year = :y or d.date in :dates", CalendarDay.class)
                .setParameter("y", notice.year())
                .setParameter(
                        "dates",
                        notice.days().stream().map(HolidayNotice.Day::date).toList())
                .getResultStream()
                .forEach(d -> stored.put(d.date(), d));
        List<FieldError> taken = new ArrayList<>();
        for (int i = 0; i < notice.days().size(); i++) {
            CalendarDay s = stored.get(notice.days().get(i).date());
            if (s != null && s.year() != notice.year()) {
                taken.add(FieldError.of(
                        "days[" + i + "].date",
                        "calendar.day.otherYear",
                        s.date().toString(),
                        String.valueOf(s.year())));
            }
        }
        if (!taken.isEmpty()) {
            throw new InvalidInput(taken);
        }
        LocalDateTime now = loadedAt.truncatedTo(ChronoUnit.MICROS);
        if (year == null) {
            year = new CalendarYear(notice.year(), notice.source(), now);
            em.persist(year);
        } else {
            year.reload(notice.source(), now);
        }
        for (HolidayNotice.Day day : notice.days()) {
            CalendarDay s = stored.remove(day.date());
            if (s == null) {
                em.persist(new CalendarDay(notice.year(), day));
            } else {
                s.set(day);
            }
        }
        // what is left belongs to this year and is no longer in its notice
        stored.values().forEach(em::remove);
        snapshot = null;
        return year;
    }

    private WorkingDayCalendar load(Set<Integer> years) {
        return new WorkingDayCalendar(
                years,
                // values, not entities: a persistence context that outlives a request would hand back stale ones
                em
                        .createQuery("select d.date, d.name, d.offDay from CalendarDay d", Object[].class)
                        .getResultList()
                        .stream()
                        .map(r -> new HolidayNotice.Day((LocalDate) r[0], (String) r[1], (Boolean) r[2]))
                        .toList());
    }

    private Map<Integer, LocalDateTime> loaded() {
        Map<Integer, LocalDateTime> loaded = new HashMap<>();
        for (Object[] row : em.createQuery("select y.year, y.loadedAt from CalendarYear y", Object[].class)
                .getResultList()) {
            loaded.put((Integer) row[0], (LocalDateTime) row[1]);
        }
        return loaded;
    }

    /** The calendar, and the years it was built from with when each was loaded: it is stale once these differ. */
    private record Snapshot(Map<Integer, LocalDateTime> loaded, WorkingDayCalendar calendar) {}
}
