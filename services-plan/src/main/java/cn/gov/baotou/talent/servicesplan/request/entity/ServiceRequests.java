package cn.gov.baotou.talent.servicesplan.request.entity;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.servicesplan.flow.entity.CaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service requests as the caller may see them: an enterprise its own, a district office its district's, the city
 * office all, a commissioner only those routed to his department (a task force's: routed to it, in its district).
 */
@ApplicationScoped
public class ServiceRequests {

    private static final String OPEN = " and r.status in (:open) and r.deadline < :today";

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

    /** The visible requests, optionally of one status or only those overdue on {@code today}; the newest first. */
    public List<ServiceRequest> search(CaseScope scope, RequestStatus status, LocalDate overdueOn, int first, int max) {
        var q = em.createQuery(
                "select r from ServiceRequest r join fetch r.enterprise e where " + condition(scope)
                        + " and (:status is null or r.status = :status)"
                        + (overdueOn == null ? "" : OPEN)
                        + " order by r.raisedAt desc, r.id desc",
                ServiceRequest.class);
        if (overdueOn != null) {
            q.setParameter("open", List.of(RequestStatus.ROUTED, RequestStatus.IN_PROGRESS))
                    .setParameter("today", overdueOn);
        }
        return scope.bind(q.setParameter("status", status).setFirstResult(first).setMaxResults(max))
                .getResultList();
    }

    public long count(CaseScope scope, RequestStatus status) {
        return scope.bind(em.createQuery(
                                "select count(r) from ServiceRequest r where " + condition(scope)
                                        + " and (:status is null or r.status = :status)",
                                Long.class)
                        .setParameter("status", status))
                .getSingleResult();
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
