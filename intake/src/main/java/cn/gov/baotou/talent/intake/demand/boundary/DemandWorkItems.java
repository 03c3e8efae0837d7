package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Job demands on the workbench: for the city office the demands waiting for its review (待办) and those it published
 * (已办); for an enterprise its demands returned for correction (待办) and its published ones.
 */
@ApplicationScoped
public class DemandWorkItems implements WorkbenchSource {

    static final String LIST = "/intake/demands.xhtml";

    @Inject
    Caller caller;

    @Inject
    DemandBoard board;

    @Override
    public List<WorkItem> items() {
        if (caller.is(Role.CITY_OFFICE)) {
            return List.of(
                    item(WorkItem.Kind.PENDING, "demand.work.review", DemandStatus.SUBMITTED),
                    item(WorkItem.Kind.DONE, "demand.work.published", DemandStatus.PUBLISHED));
        }
        if (caller.is(Role.ENTERPRISE)) {
            return List.of(
                    item(WorkItem.Kind.PENDING, "demand.work.returned", DemandStatus.RETURNED),
                    item(WorkItem.Kind.DONE, "demand.work.published", DemandStatus.PUBLISHED));
        }
        return List.of();
    }

    private WorkItem item(WorkItem.Kind kind, String key, DemandStatus status) {
        return new WorkItem(
                kind, DemandWorkflow.BUNDLE, key, board.count(status, null), LIST + "?status=" + status.name());
    }
}
