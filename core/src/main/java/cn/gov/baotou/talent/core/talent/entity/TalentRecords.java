package cn.gov.baotou.talent.core.talent.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The talent records, written by the module that owns the case and counted by anyone: the counts here are what the
 * targets of all three policies are measured against.
 */
@ApplicationScoped
public class TalentRecords {

    @PersistenceContext
    EntityManager em;

    public TalentRecords() {}

    /** For use outside the container (tests). */
    public TalentRecords(EntityManager em) {
        this.em = em;
    }

    /** Records the entry once: the same source reference again returns the record already made. */
    public TalentRecord record(TalentEntry entry) {
        return bySource(entry.sourceModule(), entry.sourceRef()).orElseGet(() -> {
            TalentRecord r = new TalentRecord(entry);
            em.persist(r);
            return r;
        });
    }

    public Optional<TalentRecord> bySource(String module, String ref) {
        return em.createQuery(
                        "select r from TalentRecord r where r.sourceModule = :m and r.sourceRef = :r",
                        TalentRecord.class)
                .setParameter("m", module)
                .setParameter("r", ref)
                .getResultStream()
                .findFirst();
    }

    /** A count per category of a programme's records started in [from, to], optionally of rare-earth enterprises only. */
    public List<Object[]> countByCategory(String programme, LocalDate from, LocalDate to, boolean rareEarthOnly) {
        return em.createQuery(
                        "select r.category, count(r) from TalentRecord r"
                                + " left join Enterprise e on e.id = r.enterpriseId"
                                + " where r.programme = :p and r.startedOn between :from and :to"
                                + (rareEarthOnly ? " and e.rareEarth = true and e.aboveDesignatedSize = true" : "")
                                + " group by r.category",
                        Object[].class)
                .setParameter("p", programme)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
