package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.servicesplan.flow.boundary.WorkItems;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Service requests on the workbench: the city office's to route, a commissioner's to work, an enterprise's to rate;
 * those past their deadline in red (逾期提醒) for the city office and the commissioner; the rated ones as done.
 */
@ApplicationScoped
public class RequestWorkItems implements WorkbenchSource {

    static final String LIST = "/services-plan/requests.xhtml";

    @Inject
    RequestDesk desk;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        WorkItems items = new WorkItems();
        if (caller.is(Role.CITY_OFFICE)) {
            pending(items, RequestStatus.SUBMITTED);
        }
        if (caller.is(Role.DEPARTMENT)) {
            pending(items, RequestStatus.ROUTED);
            pending(items, RequestStatus.IN_PROGRESS);
        }
        if (caller.is(Role.ENTERPRISE)) {
            pending(items, RequestStatus.RESOLVED);
        }
        if (caller.is(Role.CITY_OFFICE, Role.DEPARTMENT)) {
            items.add(WorkItem.Kind.OVERDUE, "work.requests.overdue", desk.countOverdue(), LIST + "?overdue=true");
        }
        if (caller.is(Role.CITY_OFFICE, Role.DEPARTMENT, Role.ENTERPRISE, Role.DISTRICT_OFFICE)) {
            items.add(
                    WorkItem.Kind.DONE, "work.requests.RATED", desk.count(RequestStatus.RATED), LIST + "?status=RATED");
        }
        return items.list();
    }

    private void pending(WorkItems items, RequestStatus status) {
        items.add(WorkItem.Kind.PENDING, "work.requests." + status, desk.count(status), LIST + "?status=" + status);
    }
}
