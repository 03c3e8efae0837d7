package cn.gov.baotou.talent.core.audit.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The activity feed's table, append-only: entries are added and read, and there is no way here to change one. */
@ApplicationScoped
public class ActivityEntries {

    @PersistenceContext
    EntityManager em;

    public ActivityEntries() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ActivityEntries(EntityManager em) {
        this.em = em;
    }

    /** Adds an entry to the caller's transaction, which must be under way: the entry stands or falls with it. */
    public void append(ActivityEntry entry) {
        if (!em.isJoinedToTransaction()) {
            throw new IllegalStateException("an activity entry is written in the transaction of its transition");
        }
        em.persist(entry);
    }

    /** A case's entries in the order they happened. */
    public List<ActivityEntry> of(String caseType, long caseId) {
        return em.createQuery(
                        "select a from ActivityEntry a where a.caseType = :t and a.caseId = :c order by a.at, a.id",
                        ActivityEntry.class)
                .setParameter("t", caseType)
                .setParameter("c", caseId)
                .getResultList();
    }
}
