package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 逾期提醒 (intake.5.5: paid within 10 working days of signing): every share unpaid after its due date, for the finance
 * that owes it and for the city office. City finance sees the city shares, a district finance its own district's
 * district shares, the city office and leadership all of them; the queries filter so, and no other role asks.
 */
@Named("ledgerOverdue")
@ApplicationScoped
@Transactional
public class Overdue {

    @Inject
    Caller caller;

    @Inject
    Grants grants;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Clock clock;

    public Overdue() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Overdue(EntityManager em, Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
        this.grants = new Grants(em);
        this.calendarDays = new CalendarDays(em);
    }

    public List<OverdueShare> list() {
        return asOf(LocalDate.now(clock));
    }

    /** The overdue shares as of {@code today}, the longest overdue first. */
    public List<OverdueShare> asOf(LocalDate today) {
        WorkingDayCalendar calendar = calendarDays.calendar();
        List<OverdueShare> shares = new ArrayList<>();
        for (FinanceLevel level : levels()) {
            for (FundingGrant g : grants.unpaidPastDue(level, caller.visibility(), today)) {
                LocalDate due = g.terms().dueDate();
                shares.add(OverdueShare.of(
                        g, level, ChronoUnit.DAYS.between(due, today), workingDays(calendar, due, today)));
            }
        }
        shares.sort(Comparator.comparing(OverdueShare::dueDate)
                .thenComparing(OverdueShare::grantId)
                .thenComparing(OverdueShare::financeLevel));
        return shares;
    }

    public long countAsOf(LocalDate today) {
        long count = 0;
        for (FinanceLevel level : levels()) {
            count += grants.countUnpaidPastDue(level, caller.visibility(), today);
        }
        return count;
    }

    /** For the workbench (逾期提醒, in red): how many shares the caller's finance, or the city, has overdue. */
    public long getCount() {
        return sees() ? countAsOf(LocalDate.now(clock)) : 0;
    }

    public boolean sees() {
        return caller.is(Role.CITY_FINANCE, Role.DISTRICT_FINANCE, Role.CITY_OFFICE, Role.LEADERSHIP);
    }

    private List<FinanceLevel> levels() {
        if (caller.is(Role.CITY_FINANCE)) {
            return List.of(FinanceLevel.CITY);
        }
        if (caller.is(Role.DISTRICT_FINANCE)) {
            return List.of(FinanceLevel.DISTRICT);
        }
        if (caller.is(Role.CITY_OFFICE, Role.LEADERSHIP)) {
            return List.of(FinanceLevel.CITY, FinanceLevel.DISTRICT);
        }
        throw new Forbidden("read overdue payments");
    }

    private static Integer workingDays(WorkingDayCalendar calendar, LocalDate due, LocalDate today) {
        try {
            return calendar.workingDaysBetween(due, today);
        } catch (CalendarNotCovered e) {
            return null;
        }
    }
}
