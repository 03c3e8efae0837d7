package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Hires as the caller may see them: the caller's scope is part of every query (an enterprise its own, a district
 * office its district's, the city-wide roles all), so an id outside it finds nothing.
 */
@ApplicationScoped
public class Hires {

    private static final String SCOPE = "h.districtCode";
    private static final String SCOPE_ENTERPRISE = "h.enterprise.id";
    private static final String FILTERS = " and (:status is null or h.status = :status)"
            + " and (:degree is null or h.facts.degree = :degree)"
            + " and (:district is null or h.districtCode = :district)";

    @PersistenceContext
    EntityManager em;

    public Hires() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Hires(EntityManager em) {
        this.em = em;
    }

    public Optional<Hire> visible(long id, Visibility v) {
        return byId(id, v, LockModeType.NONE);
    }

    /** The hire, locked until the transaction ends: the steps of one case happen one after another. */
    public Optional<Hire> lockVisible(long id, Visibility v) {
        return byId(id, v, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of the visible hires, newest first, optionally in one state, of one degree and of one district. */
    public List<Hire> search(Visibility v, HireStatus status, Degree degree, String district, int first, int max) {
        return filtered("select h from Hire h join fetch h.person join fetch h.enterprise where ", Hire.class, v)
                .setParameter("status", status)
                .setParameter("degree", degree)
                .setParameter("district", district)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Visibility v, HireStatus status, Degree degree, String district) {
        return filtered("select count(h) from Hire h where ", Long.class, v)
                .setParameter("status", status)
                .setParameter("degree", degree)
                .setParameter("district", district)
                .getSingleResult();
    }

    /** The visible hires admitted only over the age limit "原则上": the exceptions every report shows. */
    public List<Hire> exceptions(Visibility v) {
        return v.bind(em.createQuery(
                        "select h from Hire h join fetch h.person join fetch h.enterprise where "
                                + v.condition(SCOPE, SCOPE_ENTERPRISE)
                                + " and h.eligibility.exceptionRequired = true order by h.submittedOn desc, h.id desc",
                        Hire.class))
                .getResultList();
    }

    /** The visible hires of a degree owed services (from the agreement until they leave or complete). */
    public List<Hire> inService(Visibility v, Degree degree) {
        return v.bind(em.createQuery(
                                "select h from Hire h join fetch h.person join fetch h.enterprise where "
                                        + v.condition(SCOPE, SCOPE_ENTERPRISE)
                                        + " and h.facts.degree = :degree and h.status in :owed"
                                        + " order by h.progress.agreementSignedOn, h.id",
                                Hire.class)
                        .setParameter("degree", degree)
                        .setParameter("owed", HireServices.OWED))
                .getResultList();
    }

    /** Departed hires whose recovery the city office has not decided yet. */
    public long countAwaitingRecovery(Visibility v) {
        return v.bind(em.createQuery(
                                "select count(h) from Hire h where h.status = :departed"
                                        + " and h.progress.recoveryDecidedOn is null and "
                                        + v.condition(SCOPE, SCOPE_ENTERPRISE),
                                Long.class)
                        .setParameter("departed", HireStatus.DEPARTED))
                .getSingleResult();
    }

    /** Whether the person has a hire still open: a person is submitted once at a time, whoever submits. */
    public boolean openFor(long personId) {
        return !em.createQuery("select h.id from Hire h where h.person.id = :p and h.status in :open", Long.class)
                .setParameter("p", personId)
                .setParameter("open", HireStatus.OPEN)
                .getResultList()
                .isEmpty();
    }

    public void add(Hire h) {
        em.persist(h);
        em.flush();
    }

    /**
     * From now until this transaction commits, queries do not first write what is pending, and {@link #stage} writes
     * nothing before the commit: a bulk submission has checked all its rows beforehand, and writing the rows already
     * added again before each of the next rows' queries would take time growing with the square of the file.
     */
    public void writeAtCommit() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /** Adds a hire to be written with the others at the commit (see {@link #writeAtCommit}); its id is set already. */
    public void stage(Hire h) {
        em.persist(h);
    }

    private Optional<Hire> byId(long id, Visibility v, LockModeType lock) {
        return v.bind(em.createQuery(
                                "select h from Hire h where h.id = :id and " + v.condition(SCOPE, SCOPE_ENTERPRISE),
                                Hire.class)
                        .setParameter("id", id)
                        .setLockMode(lock))
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> filtered(String select, Class<T> type, Visibility v) {
        String order = type == Hire.class ? " order by h.submittedOn desc, h.id desc" : "";
        return v.bind(em.createQuery(select + v.condition(SCOPE, SCOPE_ENTERPRISE) + FILTERS + order, type));
    }
}
