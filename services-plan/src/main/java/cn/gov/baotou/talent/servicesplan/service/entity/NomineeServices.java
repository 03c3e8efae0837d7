package cn.gov.baotou.talent.servicesplan.service.entity;

import cn.gov.baotou.talent.servicesplan.flow.entity.CaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Nominees' service items as the caller may see them: an enterprise its own people's, a district office its
 * district's, a commissioner his department's (a task force's, of its district), the city office all.
 */
@ApplicationScoped
public class NomineeServices {

    private static final String FROM =
            "select s from NomineeService s join fetch s.nominee m join fetch m.person where ";

    @PersistenceContext
    EntityManager em;

    public NomineeServices() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public NomineeServices(EntityManager em) {
        this.em = em;
    }

    public Optional<NomineeService> visible(long id, CaseScope scope, boolean lock) {
        return scope.bind(em.createQuery(FROM + "s.id = :id and " + condition(scope), NomineeService.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /** The visible items, optionally of one status and one nominee, by nominee and the catalog's order of codes. */
    public List<NomineeService> search(CaseScope scope, ServiceStatus status, Long nomineeId, int first, int max) {
        return scope.bind(em.createQuery(
                                FROM + condition(scope) + " and (:status is null or s.status = :status)"
                                        + " and (:nominee is null or m.id = :nominee) order by m.id, s.id",
                                NomineeService.class)
                        .setParameter("status", status)
                        .setParameter("nominee", nomineeId)
                        .setFirstResult(first)
                        .setMaxResults(max))
                .getResultList();
    }

    public long count(CaseScope scope, ServiceStatus status) {
        return scope.bind(em.createQuery(
                                "select count(s) from NomineeService s where " + condition(scope)
                                        + " and (:status is null or s.status = :status)",
                                Long.class)
                        .setParameter("status", status))
                .getSingleResult();
    }

    public void add(NomineeService s) {
        em.persist(s);
    }

    private static String condition(CaseScope scope) {
        return scope.condition("s.districtCode", "s.enterpriseId", "s.departmentCode", null);
    }
}
