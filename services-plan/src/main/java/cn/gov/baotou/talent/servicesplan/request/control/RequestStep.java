package cn.gov.baotou.talent.servicesplan.request.control;

import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.IN_PROGRESS;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.RATED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.RESOLVED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.ROUTED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.SUBMITTED;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.servicesplan.flow.control.Step;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * A service request's table (services-plan.6): the enterprise raises it, the city office routes it to a department
 * with a deadline (and may route it again), the department's commissioner takes it up, hands it back with a reason
 * or resolves it with what was done, and the enterprise rates the outcome.
 */
public enum RequestStep implements Step<RequestStatus> {
    RAISE(EnumSet.noneOf(RequestStatus.class), SUBMITTED, "services-plan.6.2", false, Role.ENTERPRISE),
    ROUTE(EnumSet.of(SUBMITTED), ROUTED, "services-plan.6.2", false, Role.CITY_OFFICE),
    REROUTE(EnumSet.of(ROUTED, IN_PROGRESS), ROUTED, "services-plan.6.2", true, Role.CITY_OFFICE),
    ACCEPT(EnumSet.of(ROUTED), IN_PROGRESS, "services-plan.6.1", false, Role.DEPARTMENT),
    HAND_BACK(EnumSet.of(ROUTED, IN_PROGRESS), SUBMITTED, "services-plan.6.1", true, Role.DEPARTMENT),
    RESOLVE(EnumSet.of(ROUTED, IN_PROGRESS), RESOLVED, "services-plan.6.1", true, Role.DEPARTMENT),
    RATE(EnumSet.of(RESOLVED), RATED, "services-plan.6.2", false, Role.ENTERPRISE);

    /** The case type of a request in the activity feed. */
    public static final String CASE_TYPE = "services-plan.request";

    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final String clauseId;
    private final boolean needsReason;
    private final Set<Role> roles;

    RequestStep(Set<RequestStatus> from, RequestStatus to, String clauseId, boolean needsReason, Role role) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.clauseId = clauseId;
        this.needsReason = needsReason;
        this.roles = Set.of(role);
    }

    @Override
    public Set<RequestStatus> from() {
        return from;
    }

    @Override
    public RequestStatus to(RequestStatus current) {
        return to;
    }

    @Override
    public Set<Role> roles() {
        return roles;
    }

    @Override
    public String clauseId() {
        return clauseId;
    }

    @Override
    public boolean needsReason() {
        return needsReason;
    }
}
