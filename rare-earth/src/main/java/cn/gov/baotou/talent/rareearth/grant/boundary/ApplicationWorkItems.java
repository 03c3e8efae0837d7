package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The applications on the workbench: a lead department's to-do is what waits for its review, the city office's what
 * waits for its decision; an enterprise sees its applications in review and those granted.
 */
@ApplicationScoped
public class ApplicationWorkItems implements WorkbenchSource {

    static final String PAGE = "/rare-earth/applications.xhtml";

    @Inject
    ApplicationDesk desk;

    @Inject
    Caller caller;

    @Override
    public List<WorkItem> items() {
        List<WorkItem> out = new ArrayList<>();
        if (caller.is(Role.DEPARTMENT) && caller.scope().departmentCode() != null) {
            out.add(pending("work.applications.department", ApplicationStatus.SUBMITTED));
        } else if (caller.is(Role.CITY_OFFICE)) {
            out.add(pending("work.applications.city", ApplicationStatus.CITY_REVIEW));
        } else if (caller.is(Role.ENTERPRISE)) {
            long inReview =
                    desk.count(null, ApplicationStatus.SUBMITTED) + desk.count(null, ApplicationStatus.CITY_REVIEW);
            out.add(new WorkItem(
                    WorkItem.Kind.PENDING, RareEarthMessages.BUNDLE, "work.applications.inReview", inReview, PAGE));
        } else {
            return out;
        }
        out.add(new WorkItem(
                WorkItem.Kind.DONE,
                RareEarthMessages.BUNDLE,
                "work.applications.granted",
                desk.count(null, ApplicationStatus.GRANTED),
                PAGE + "?status=GRANTED"));
        return out;
    }

    private WorkItem pending(String key, ApplicationStatus status) {
        return new WorkItem(
                WorkItem.Kind.PENDING,
                RareEarthMessages.BUNDLE,
                key,
                desk.count(null, status),
                PAGE + "?status=" + status.name());
    }
}
