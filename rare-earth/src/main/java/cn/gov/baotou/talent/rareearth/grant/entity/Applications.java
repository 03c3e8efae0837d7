package cn.gov.baotou.talent.rareearth.grant.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Applications as the caller may read them: the scope is part of every query, so an outside id finds nothing. */
@ApplicationScoped
public class Applications {

    private static final String FILTER =
            " and (:measure is null or a.measureNo = :measure)" + " and (:status is null or a.status = :status)";

    @PersistenceContext
    EntityManager em;

    public Applications() {}

    /** For use outside the container (tests). */
    public Applications(EntityManager em) {
        this.em = em;
    }

    public Optional<SupportApplication> visible(long id, ApplicationReaders r, boolean lock) {
        return r.bind(em.createQuery(
                                "select a from SupportApplication a where a.id = :id and " + r.condition(),
                                SupportApplication.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /** A page of the visible applications, newest first, optionally of one measure and in one state. */
    public List<SupportApplication> search(
            ApplicationReaders r, Integer measure, ApplicationStatus status, int first, int max) {
        return r.bind(em.createQuery(
                                "select a from SupportApplication a where " + r.condition() + FILTER
                                        + " order by a.submittedOn desc, a.id desc",
                                SupportApplication.class)
                        .setParameter("measure", measure)
                        .setParameter("status", status)
                        .setFirstResult(first)
                        .setMaxResults(max))
                .getResultList();
    }

    public long count(ApplicationReaders r, Integer measure, ApplicationStatus status) {
        return r.bind(em.createQuery(
                                "select count(a) from SupportApplication a where " + r.condition() + FILTER, Long.class)
                        .setParameter("measure", measure)
                        .setParameter("status", status))
                .getSingleResult();
    }

    public void add(SupportApplication a) {
        em.persist(a);
        em.flush();
    }
}
