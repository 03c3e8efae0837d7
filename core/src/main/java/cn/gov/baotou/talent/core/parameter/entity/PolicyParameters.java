package cn.gov.baotou.talent.core.parameter.entity;

import cn.gov.baotou.talent.core.parameter.control.ParameterHistory;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored parameter versions, and the history rules read, kept in memory until a version is imported — here or by
 * another instance on the same database, which one small query tells.
 */
@ApplicationScoped
public class PolicyParameters {

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;

    public PolicyParameters() {}

    /** For use outside the container (tests, seed import), with an entity manager whose transaction the caller runs. */
    public PolicyParameters(EntityManager em) {
        this.em = em;
    }

    /** The values in force on {@code date}; a key no version covers is refused naming "date". */
    public Parameters at(LocalDate date) {
        return at(date, "date");
    }

    /** The values in force on {@code date}; {@code field} names the caller's input if a key is not covered. */
    public Parameters at(LocalDate date, String field) {
        return history().at(date, field);
    }

    /**
     * The day whose values apply when a caller gives none: today if the newest version of {@code key} that has begun
     * is still in force, else that version's last day (时间从新).
     */
    public LocalDate newestDay(String key, LocalDate today) {
        return history().versions(key).stream()
                .filter(v -> !v.validFrom().isAfter(today))
                .max(Comparator.comparing(ParameterValue::validFrom))
                .map(v -> v.validTo() != null && v.validTo().isBefore(today) ? v.validTo() : today)
                .orElse(today);
    }

    public ParameterHistory history() {
        List<Object> stamp = stamp();
        Snapshot s = snapshot;
        if (s == null || !s.stamp().equals(stamp)) {
            s = new Snapshot(stamp, new ParameterHistory(values()));
            snapshot = s;
        }
        return s.history();
    }

    /**
     * Every stored value, read afresh: as values, not entities, so that a persistence context that outlives a request
     * (or holds rows from before a lock was granted) cannot hand back stale ones.
     */
    public List<ParameterValue> values() {
        return em.createQuery(
                        "select new " + ParameterValue.class.getName()
                                + "(p.key, p.policyId, p.clauseId, p.type, p.value, p.unit, p.description,"
                                + " p.versionLabel, p.validFrom, p.validTo)"
                                + " from PolicyParameter p order by p.key, p.validFrom",
                        ParameterValue.class)
                .getResultList();
    }

    /**
     * Locks every stored row until the transaction ends, so that imports follow one another; read {@link #values()}
     * after it, since rows another import added while this one waited are not among those locked.
     */
    public void lock() {
        em.createQuery("select p from PolicyParameter p", PolicyParameter.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from PolicyParameter p", Long.class)
                .getSingleResult();
    }

    /** Every clause id with the id of its policy, to check the rows of a file against. */
    public Map<String, String> clausePolicies() {
        Map<String, String> clauses = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.policy.id from Clause c", Object[].class)
                .getResultList()) {
            clauses.put((String) row[0], (String) row[1]);
        }
        return clauses;
    }

    /** Writes a checked plan in the caller's transaction: closes what it closes, then adds its rows. */
    public void apply(VersionPlan plan) {
        for (VersionPlan.Closing c : plan.closings()) {
            em.createQuery(
                            "select p from PolicyParameter p where p.key = :k and p.validFrom = :f",
                            PolicyParameter.class)
                    .setParameter("k", c.stored().key())
                    .setParameter("f", c.stored().validFrom())
                    .getSingleResult()
                    .closeOn(c.lastDay());
        }
        plan.added().forEach(v -> em.persist(new PolicyParameter(v)));
        em.flush();
        snapshot = null;
    }

    /** Changes whenever a row is added or closed: the count, the highest id and the sum of the row versions. */
    private List<Object> stamp() {
        return Arrays.asList(
                em.createQuery("select count(p), max(p.id), sum(p.version) from PolicyParameter p", Object[].class)
                        .getSingleResult());
    }

    /** The history, and the stamp of the rows it was built from: stale once the stamp differs. */
    private record Snapshot(List<Object> stamp, ParameterHistory history) {}
}
