package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.boundary.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** 待办 of figures: a district office's figures to confirm, an enterprise's returned figures to correct. */
@ApplicationScoped
public class FigureWorkItems implements WorkbenchSource {

    @Inject
    FigureDesk desk;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        WorkItems items = new WorkItems();
        if (caller.is(Role.DISTRICT_OFFICE)) {
            items.add(
                    WorkItem.Kind.PENDING,
                    "work.figures.pending",
                    desk.count(FigureStatus.PENDING),
                    FigureDesk.LINK + "?status=PENDING");
        }
        if (caller.is(Role.ENTERPRISE)) {
            items.add(
                    WorkItem.Kind.PENDING,
                    "work.figures.returned",
                    desk.count(FigureStatus.RETURNED),
                    FigureDesk.LINK + "?status=RETURNED");
        }
        return items.list();
    }
}
