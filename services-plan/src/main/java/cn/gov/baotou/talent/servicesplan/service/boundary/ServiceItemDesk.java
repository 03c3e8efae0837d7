package cn.gov.baotou.talent.servicesplan.service.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.servicesplan.flow.control.FormInput;
import cn.gov.baotou.talent.servicesplan.flow.entity.CaseScope;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeService;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeServices;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The 16 service items of approved nominees (services-plan.6.1), tracked one by one: the responsible department's
 * commissioner (or the city office) records where each stands; the enterprise and its district office follow them.
 */
@ApplicationScoped
@Transactional
public class ServiceItemDesk {

    /** The case type of a service item in the activity feed. */
    public static final String CASE_TYPE = "services-plan.service-item";

    @Inject
    NomineeServices services;

    @Inject
    ActivityLog activity;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ServiceItemDesk() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public ServiceItemDesk(EntityManager em, Caller caller, Clock clock) {
        this.services = new NomineeServices(em);
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.caller = caller;
        this.clock = clock;
    }

    public NomineeService update(long id, ServiceItemForm form) {
        if (!caller.is(Role.DEPARTMENT, Role.CITY_OFFICE)) {
            throw new Forbidden("update service item");
        }
        NomineeService s = services.visible(id, scope(), true).orElseThrow(() -> notFound(id));
        FormInput in = new FormInput();
        ServiceStatus status = in.oneOf("status", form.status(), ServiceStatus.class);
        String note = in.text("note", form.note(), 500, false);
        in.check();
        ServiceStatus from = s.status();
        s.update(status, note, caller.getUsername(), clock.instant());
        activity.record(CASE_TYPE, s.id(), "UPDATE_SERVICE", from.name(), status.name(), note);
        return s;
    }

    public NomineeService visible(long id) {
        return services.visible(id, scope(), false).orElseThrow(() -> notFound(id));
    }

    public List<NomineeService> search(ServiceStatus status, Long nomineeId, int first, int max) {
        return services.search(scope(), status, nomineeId, first, max);
    }

    public long count(ServiceStatus status) {
        return services.count(scope(), status);
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(CASE_TYPE, visible(id).id());
    }

    private CaseScope scope() {
        return CaseScope.of(caller.role(), caller.scope());
    }

    private static NotFound notFound(long id) {
        return new NotFound(ServicesPlanText.ref("serviceItem.notFound"), String.valueOf(id));
    }
}
