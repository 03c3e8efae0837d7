package cn.gov.baotou.talent.rareearth.grant.entity;

import cn.gov.baotou.talent.core.document.entity.Document;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The attachments of applications. Callers reach them only through an application they may read (the boundary
 * finds it in the caller's scope first), so these queries take the application's id and nothing else.
 */
@ApplicationScoped
public class ApplicationDocuments {

    @PersistenceContext
    EntityManager em;

    public ApplicationDocuments() {}

    /** For use outside the container (tests). */
    public ApplicationDocuments(EntityManager em) {
        this.em = em;
    }

    /** An attachment with its document, as one row. */
    public record Attached(ApplicationDocument link, Document document) {}

    public List<Attached> of(long applicationId) {
        return attached("", applicationId, null);
    }

    public Optional<Attached> one(long applicationId, long documentId) {
        return attached(" and a.documentId = :d", applicationId, documentId).stream()
                .findFirst();
    }

    public void add(ApplicationDocument d) {
        em.persist(d);
        em.flush();
    }

    private List<Attached> attached(String condition, long applicationId, Long documentId) {
        var query = em.createQuery(
                        "select a, d from ApplicationDocument a, Document d where d.id = a.documentId"
                                + " and a.applicationId = :a" + condition + " order by a.attachedAt, a.id",
                        Object[].class)
                .setParameter("a", applicationId);
        if (documentId != null) {
            query.setParameter("d", documentId);
        }
        return query.getResultList().stream()
                .map(r -> new Attached((ApplicationDocument) r[0], (Document) r[1]))
                .toList();
    }
}
