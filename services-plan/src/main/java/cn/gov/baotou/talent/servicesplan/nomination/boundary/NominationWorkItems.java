package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.servicesplan.flow.boundary.WorkItems;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 待办 of the review chain for the role whose step it is — first review, city review, the meeting's list, feedback,
 * a returned nomination — and 已办: the nominations whose result has been sent.
 */
@ApplicationScoped
public class NominationWorkItems implements WorkbenchSource {

    static final String LIST = "/services-plan/nominations.xhtml?status=";

    @Inject
    NominationDesk desk;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        WorkItems items = new WorkItems();
        if (caller.is(Role.DISTRICT_OFFICE)) {
            pending(items, NominationStatus.DISTRICT_REVIEW);
        }
        if (caller.is(Role.CITY_OFFICE)) {
            pending(items, NominationStatus.CITY_REVIEW);
            items.add(
                    WorkItem.Kind.PENDING,
                    "work.nominations.MEETING",
                    desk.count(NominationStatus.MEETING),
                    "/services-plan/meeting.xhtml");
            items.add(
                    WorkItem.Kind.PENDING,
                    "work.nominations.DECIDED",
                    desk.count(NominationStatus.DECIDED),
                    "/services-plan/meeting.xhtml");
        }
        if (caller.is(Role.ENTERPRISE)) {
            pending(items, NominationStatus.RETURNED);
        }
        if (caller.is(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE)) {
            items.add(
                    WorkItem.Kind.DONE,
                    "work.nominations.NOTIFIED",
                    desk.count(NominationStatus.NOTIFIED),
                    LIST + NominationStatus.NOTIFIED);
        }
        return items.list();
    }

    private void pending(WorkItems items, NominationStatus status) {
        items.add(WorkItem.Kind.PENDING, "work.nominations." + status, desk.count(status), LIST + status);
    }
}
