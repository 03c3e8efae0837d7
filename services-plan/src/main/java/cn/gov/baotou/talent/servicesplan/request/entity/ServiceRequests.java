package cn.gov.baotou.talent.servicesplan.request.entity;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.servicesplan.flow.entity.CaseScope;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.flow.entity.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Service requests as the caller may see them: an enterprise its own, a district office its district's, the city
 * office all, a commissioner only those routed to his department (a task force's: routed to it, in its district).
 */
@ApplicationScoped
public class ServiceRequests {

    private static final String OPEN =
            " and r.status in (:open) and r.deadline < :today and r.deadlineProvisional = false";

    @PersistenceContext
    EntityManager em;

    public ServiceRequests() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ServiceRequests(EntityManager em) {
        this.em = em;
    }

    public Optional<ServiceRequest> visible(long id, CaseScope scope, boolean lock) {
        return scope.bind(em.createQuery(
                                "select r from ServiceRequest r join fetch r.enterprise e where r.id = :id and "
                                        + condition(scope),
                                ServiceRequest.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /**
     * Every routed or accepted request whose deadline was counted on provisional days, locked: the ones a holiday notice
     * counts again. Not filtered by scope: the recount is the platform's.
     */
    public List<ServiceRequest> provisionallyDue() {
        return em.createQuery(
                        "select r from ServiceRequest r where r.deadlineProvisional = true and r.status in (:open)"
                                + " order by r.id",
                        ServiceRequest.class)
                .setParameter("open", List.of(RequestStatus.ROUTED, RequestStatus.IN_PROGRESS))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The columns a list of requests can be sorted by. */
    public static final Map<String, String> COLUMNS = Map.of(
            "number", "r.id",
            "enterprise", "e.name",
            "module", "r.module",
            "raisedOn", "r.raisedOn",
            "status", "r.status",
            "department", "r.departmentCode",
            "deadline", "r.deadline",
            "rating", "r.rating");

    public static final ListOrder LATEST = new ListOrder("raisedOn", true);

    /** The visible requests, optionally of one status or only those overdue on {@code today}; the newest first. */
    public List<ServiceRequest> search(CaseScope scope, RequestStatus status, LocalDate overdueOn, int first, int max) {
        return search(scope, RequestFilter.of(status, overdueOn), LATEST, first, max);
    }

    /** A page of the visible requests the filter lets through, in the order asked for. */
    public List<ServiceRequest> search(CaseScope scope, RequestFilter f, ListOrder order, int first, int max) {
        return filtered(
                        scope,
                        f,
                        "select r from ServiceRequest r join fetch r.enterprise e where ",
                        order.orderBy(COLUMNS, "r.id"),
                        ServiceRequest.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(CaseScope scope, RequestStatus status) {
        return count(scope, RequestFilter.of(status, null));
    }

    public long count(CaseScope scope, RequestFilter f) {
        return filtered(scope, f, "select count(r) from ServiceRequest r join r.enterprise e where ", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(CaseScope scope, RequestFilter f, String select, String orderBy, Class<T> type) {
        TypedQuery<T> q = em.createQuery(
                select + condition(scope)
                        + " and (:status is null or r.status = :status)"
                        + " and (:module is null or r.module = :module)"
                        + " and (:district is null or r.districtCode = :district)"
                        + " and (:text is null or r.title like :text" + Words.ESCAPE + " or e.name like :text"
                        + Words.ESCAPE + ")"
                        + (f.overdueOn() == null ? "" : OPEN)
                        + orderBy,
                type);
        if (f.overdueOn() != null) {
            q.setParameter("open", List.of(RequestStatus.ROUTED, RequestStatus.IN_PROGRESS))
                    .setParameter("today", f.overdueOn());
        }
        return scope.bind(q.setParameter("status", f.status())
                .setParameter("module", f.module())
                .setParameter("district", f.districtCode())
                .setParameter("text", Words.pattern(f.text())));
    }

    /** 逾期: routed or in progress and past the deadline on {@code today}. */
    public long countOverdue(CaseScope scope, LocalDate today) {
        return scope.bind(em.createQuery(
                                "select count(r) from ServiceRequest r where " + condition(scope) + OPEN, Long.class)
                        .setParameter("open", List.of(RequestStatus.ROUTED, RequestStatus.IN_PROGRESS))
                        .setParameter("today", today))
                .getSingleResult();
    }

    /** Whether an enabled commissioner account can work a request routed so: of the city department or the task force. */
    public boolean staffed(String departmentCode, String districtCode) {
        return em.createQuery(
                                "select count(a) from Account a where a.enabled = true and a.role = :role"
                                        + " and a.departmentCode = :d and ((:district is null and a.districtCode is null)"
                                        + " or a.districtCode = :district)",
                                Long.class)
                        .setParameter("role", Role.DEPARTMENT)
                        .setParameter("d", departmentCode)
                        .setParameter("district", districtCode)
                        .getSingleResult()
                > 0;
    }

    public void add(ServiceRequest r) {
        em.persist(r);
    }

    private static String condition(CaseScope scope) {
        return scope.condition("r.districtCode", "r.enterprise.id", "r.departmentCode", "r.taskForce");
    }
}
