package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.flow.entity.CaseScope;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.nomination.control.FilingRules;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestFilter;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequests;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Service requests (services-plan.6), shared by the REST API and the pages: raised by an enterprise within the service
 * period (7), routed by the city office with a deadline in working days, worked by the commissioner it was routed to,
 * rated by the enterprise; each step by its one role, within scope, with its activity entry and notices.
 */
@ApplicationScoped
@Transactional
public class RequestDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceRequests requests;

    @Inject
    CalendarDays calendar;

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServicesPlanStandards standards;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public RequestDesk() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public RequestDesk(EntityManager em, Caller caller, ServicesPlanStandards standards, Notices notices, Clock clock) {
        this.em = em;
        this.requests = new ServiceRequests(em);
        this.calendar = new CalendarDays(em);
        this.catalog = new ServiceCatalog();
        this.standards = standards;
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.notices = notices;
        this.caller = caller;
        this.clock = clock;
    }

    public ServiceRequest raise(RequestForm form) {
        Transitions.permit(RequestStep.RAISE, caller.role());
        FormInput in = new FormInput();
        ServiceModule module = in.oneOf("module", form.module(), ServiceModule.class);
        String title = in.text("title", form.title(), 100, true);
        String description = in.text("description", form.description(), 2000, true);
        LocalDate day = in.date("raisedOn", form.raisedOn(), today());
        if (day != null) {
            LocalDate end = standards
                    .servicePeriodOn(day)
                    .map(p -> p.date(ServicesPlanStandards.PERIOD_END))
                    .orElse(null);
            FilingRules.servicePeriod("raisedOn", day, end, standards.lastPeriodEnd())
                    .ifPresent(in::add);
        }
        in.check();
        ServiceRequest r = new ServiceRequest(
                em.find(Enterprise.class, caller.scope().enterpriseId()), module, title, description);
        r.raise(day, caller.getUsername(), clock.instant(), Transitions.next(RequestStep.RAISE, null, null, "request"));
        requests.add(r);
        steps().recorded(r, RequestStep.RAISE, null, null);
        return r;
    }

    /** Routes a request (again, with a reason, once routed) to a department or the district's task force. */
    public ServiceRequest route(long id, RouteForm form) {
        Transitions.permit(RequestStep.ROUTE, caller.role());
        ServiceRequest r = locked(id);
        RequestStep step = r.status() == RequestStatus.SUBMITTED ? RequestStep.ROUTE : RequestStep.REROUTE;
        return new RequestRouting(requests, calendar, catalog, caller, clock).route(r, step, form, steps());
    }

    public ServiceRequest accept(long id, String opinion) {
        return step(id, RequestStep.ACCEPT, opinion);
    }

    public ServiceRequest handBack(long id, String reason) {
        return step(id, RequestStep.HAND_BACK, reason);
    }

    public ServiceRequest resolve(long id, String resolution) {
        return step(id, RequestStep.RESOLVE, resolution);
    }

    public ServiceRequest rate(long id, RatingForm form) {
        Transitions.permit(RequestStep.RATE, caller.role());
        ServiceRequest r = locked(id);
        RequestStatus from = r.status();
        RequestStatus to = Transitions.next(RequestStep.RATE, from, null, "request");
        FormInput in = new FormInput();
        Integer rating = in.integer("rating", form.rating(), 1, 5);
        String comment = in.text("comment", form.comment(), 500, false);
        in.check();
        r.rate(rating, comment, clock.instant(), to);
        steps().recorded(r, RequestStep.RATE, from, rating + "★" + (comment == null ? "" : " " + comment));
        return r;
    }

    public ServiceRequest visible(long id) {
        return requests.visible(id, scope(), false).orElseThrow(() -> notFound(id));
    }

    public List<ServiceRequest> search(RequestStatus status, boolean overdueOnly, int first, int max) {
        return requests.search(scope(), status, overdueOnly ? today() : null, first, max);
    }

    public long count(RequestStatus status) {
        return requests.count(scope(), status);
    }

    /** A page of the requests in the caller's scope that the filter lets through, in the order asked for. */
    public List<ServiceRequest> find(RequestFilter filter, ListOrder order, int first, int max) {
        return requests.search(scope(), filter, order, first, max);
    }

    public long count(RequestFilter filter) {
        return requests.count(scope(), filter);
    }

    public long countOverdue() {
        return requests.countOverdue(scope(), today());
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(RequestStep.CASE_TYPE, visible(id).id());
    }

    public List<RequestStep> available(long id) {
        return Transitions.available(RequestStep.class, visible(id).status(), caller.role());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ServiceRequest step(long id, RequestStep step, String text) {
        Transitions.permit(step, caller.role());
        ServiceRequest r = locked(id);
        RequestStatus from = r.status();
        RequestStatus to = Transitions.next(step, from, text, "request");
        switch (step) {
            case ACCEPT -> r.move(to);
            case HAND_BACK -> r.handBack(to);
            case RESOLVE -> r.resolve(text.strip(), today(), clock.instant(), to);
            default -> throw new IllegalArgumentException("not a commissioner's step: " + step);
        }
        steps().recorded(r, step, from, text);
        return r;
    }

    private ServiceRequest locked(long id) {
        return requests.visible(id, scope(), true).orElseThrow(() -> notFound(id));
    }

    private CaseScope scope() {
        return CaseScope.of(caller.role(), caller.scope());
    }

    private RequestSteps steps() {
        return new RequestSteps(activity, notices, catalog);
    }

    private static NotFound notFound(long id) {
        return new NotFound(ServicesPlanText.ref("request.notFound"), String.valueOf(id));
    }
}
