package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Uploads of hires, read by their own enterprise only (a district or the city sees the hires, not the uploads). */
@ApplicationScoped
public class HireImports {

    @PersistenceContext
    EntityManager em;

    public HireImports() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public HireImports(EntityManager em) {
        this.em = em;
    }

    public HireImport add(HireImport i) {
        em.persist(i);
        em.flush();
        return i;
    }

    public Optional<HireImport> byId(long id) {
        return Optional.ofNullable(em.find(HireImport.class, id));
    }

    public boolean ticketTaken(String ticket) {
        return !em.createQuery("select i.id from HireImport i where i.ticket = :t", Long.class)
                .setParameter("t", ticket)
                .getResultList()
                .isEmpty();
    }

    /** Uploads still running on an instance not among {@code liveBoots} (or recorded before boot ids were). */
    public List<HireImport> runningOutside(Set<String> liveBoots) {
        return em.createQuery(
                        "select i from HireImport i where i.status in :running"
                                + " and (i.bootId is null or i.bootId not in :live)",
                        HireImport.class)
                .setParameter("running", List.of(ImportStatus.READING, ImportStatus.CHECKING, ImportStatus.IMPORTING))
                .setParameter("live", liveBoots)
                .getResultList();
    }

    /** The upload of a ticket, if it is the enterprise's of an enterprise caller. */
    public Optional<HireImport> byTicket(String ticket, Visibility v) {
        if (v.enterpriseId() == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select i from HireImport i where i.ticket = :t and i.enterpriseId = :e", HireImport.class)
                .setParameter("t", ticket)
                .setParameter("e", v.enterpriseId())
                .getResultStream()
                .findFirst();
    }

    /** The enterprise's latest uploads, newest first. */
    public List<HireImport> recent(Visibility v, int max) {
        if (v.enterpriseId() == null) {
            return List.of();
        }
        return em.createQuery(
                        "select i from HireImport i where i.enterpriseId = :e order by i.startedAt desc, i.id desc",
                        HireImport.class)
                .setParameter("e", v.enterpriseId())
                .setMaxResults(max)
                .getResultList();
    }
}
