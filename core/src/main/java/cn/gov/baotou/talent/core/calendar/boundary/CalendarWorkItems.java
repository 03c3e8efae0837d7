package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.NextYearNotice;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 录入下一年度节假日安排 on the city office's workbench, from 1 November while next year's notice is missing. */
@ApplicationScoped
public class CalendarWorkItems implements WorkbenchSource {

    @Inject
    Caller caller;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<WorkItem> items() {
        if (!caller.is(Role.CITY_OFFICE) || !NextYearNotice.missing(calendarDays.calendar(), LocalDate.now(clock))) {
            return List.of();
        }
        return List.of(new WorkItem(
                WorkItem.Kind.PENDING, Messages.CORE, "calendar.work.nextYear", 1, "/core/admin/calendar.xhtml"));
    }
}
