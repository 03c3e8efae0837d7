package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;

/**
 * What every step of a request leaves behind in its transaction: the activity entry with its opinion, and a notice to
 * whoever acts next — the city office, the commissioners it was routed to, or the enterprise.
 */
record RequestSteps(ActivityLog activity, Notices notices, ServiceCatalog catalog) {

    static final String LINK = "/services-plan/requests.xhtml?id=";

    void recorded(ServiceRequest r, RequestStep step, RequestStatus from, String text) {
        activity.record(
                RequestStep.CASE_TYPE,
                r.id(),
                step.name(),
                from == null ? null : from.name(),
                r.status().name(),
                text == null || text.isBlank() ? null : text.strip());
        PlanNotices tell = new PlanNotices(notices);
        String key = "notice.request." + step.name();
        String link = LINK + r.id();
        Object[] args = {
            r.enterprise().name(),
            String.valueOf(r.id()),
            r.title(),
            r.departmentCode() == null ? "" : catalog.departmentName(r.departmentCode(), false),
            r.deadline() == null
                    ? ""
                    : r.deadline()
                            + (r.deadlineProvisional()
                                    ? Messages.in(Messages.CHINESE).get("calendar.provisional")
                                    : "")
        };
        switch (step) {
            case RAISE, HAND_BACK -> tell.tell(Audience.role(Role.CITY_OFFICE), key, link, args);
            case ROUTE, REROUTE ->
                tell.tell(
                        new Audience(
                                Role.DEPARTMENT, r.taskForce() ? r.districtCode() : null, null, r.departmentCode()),
                        key,
                        link,
                        args);
            case ACCEPT, RESOLVE -> tell.tell(Audience.enterprise(r.enterprise().id()), key, link, args);
            case RATE -> tell.tell(Audience.role(Role.CITY_OFFICE), key, link, args);
        }
    }
}
