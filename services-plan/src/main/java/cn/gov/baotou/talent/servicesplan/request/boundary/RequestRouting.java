package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequests;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The city office routes a request (services-plan.6.2): to a department of the reference list, at the city or to the
 * request's district task force, where an enabled commissioner can take it; due the given number of Chinese working
 * days after today (节假日 and 调休 from the calendar).
 */
record RequestRouting(
        ServiceRequests requests, CalendarDays calendar, ServiceCatalog catalog, Caller caller, Clock clock) {

    ServiceRequest route(ServiceRequest r, RequestStep step, RouteForm form, RequestSteps steps) {
        RequestStatus from = r.status();
        RequestStatus to = Transitions.next(step, from, form.opinion(), "request");
        FormInput in = new FormInput();
        String department = in.text("departmentCode", form.departmentCode(), 20, true);
        if (department != null && !catalog.departmentExists(department)) {
            in.add(ServicesPlanText.error("departmentCode", "request.route.department", department));
            department = null;
        }
        boolean taskForce = "true"
                .equalsIgnoreCase(
                        form.taskForce() == null ? "" : form.taskForce().strip());
        Integer days = in.integer("workingDays", form.workingDays(), 1, 60);
        if (department != null && !requests.staffed(department, taskForce ? r.districtCode() : null)) {
            in.add(ServicesPlanText.error(
                    "departmentCode",
                    taskForce ? "request.route.noTaskForce" : "request.route.noCommissioner",
                    catalog.departmentName(department, false)));
        }
        in.check();
        LocalDate today = LocalDate.now(clock);
        // a year whose holidays are not entered yet is refused naming workingDays, never guessed
        Deadline deadline = calendar.calendar().deadline(today, days, "workingDays");
        r.route(department, taskForce, today, deadline, clock.instant(), to);
        String opinion = form.opinion() == null ? null : form.opinion().strip();
        steps.recorded(r, step, from, opinion);
        return r;
    }
}
