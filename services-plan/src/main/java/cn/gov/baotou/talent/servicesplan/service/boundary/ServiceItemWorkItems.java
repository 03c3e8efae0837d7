package cn.gov.baotou.talent.servicesplan.service.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.servicesplan.flow.boundary.WorkItems;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A commissioner's service items of approved nominees still to do, and those done. */
@ApplicationScoped
public class ServiceItemWorkItems implements WorkbenchSource {

    static final String LIST = "/services-plan/services.xhtml?status=";

    @Inject
    ServiceItemDesk desk;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        WorkItems items = new WorkItems();
        if (caller.is(Role.DEPARTMENT)) {
            for (ServiceStatus s : List.of(ServiceStatus.REQUESTED, ServiceStatus.IN_PROGRESS)) {
                items.add(WorkItem.Kind.PENDING, "work.services." + s, desk.count(s), LIST + s);
            }
        }
        if (caller.is(Role.DEPARTMENT, Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE)) {
            items.add(
                    WorkItem.Kind.DONE,
                    "work.services.DONE",
                    desk.count(ServiceStatus.DONE),
                    LIST + ServiceStatus.DONE);
        }
        return items.list();
    }
}
