package cn.gov.baotou.talent.rareearth.measure.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The documents filed against the measures. Published to every signed-in user: no scope applies. */
@ApplicationScoped
public class MeasureDocuments {

    @PersistenceContext
    EntityManager em;

    public MeasureDocuments() {}

    /** For use outside the container (tests). */
    public MeasureDocuments(EntityManager em) {
        this.em = em;
    }

    /** Every filed document, by measure and then oldest first: one query for the whole board. */
    public List<MeasureDocument> all() {
        return em.createQuery(
                        "select d from MeasureDocument d order by d.measureNo, d.issuedOn, d.id", MeasureDocument.class)
                .getResultList();
    }

    public List<MeasureDocument> of(int measureNo) {
        return em.createQuery(
                        "select d from MeasureDocument d where d.measureNo = :m order by d.issuedOn, d.id",
                        MeasureDocument.class)
                .setParameter("m", measureNo)
                .getResultList();
    }

    /** The filing of a stored document, if it was filed against a measure (only those are readable by all). */
    public Optional<MeasureDocument> filing(long documentId) {
        return em.createQuery("select d from MeasureDocument d where d.documentId = :d", MeasureDocument.class)
                .setParameter("d", documentId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void add(MeasureDocument d) {
        em.persist(d);
    }
}
