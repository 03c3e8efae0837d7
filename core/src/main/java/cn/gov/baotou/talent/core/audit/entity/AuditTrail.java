package cn.gov.baotou.talent.core.audit.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads what Envers kept of a record, oldest revision first; there is no way to write it from here. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public AuditTrail() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    /** One revision of a record: the change set, its kind, and the record as it stood after it. */
    public record Revisioned(Revision revision, RevisionType kind, Object state) {}

    public List<Revisioned> of(Class<?> entity, Object id) {
        List<?> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Revisioned((Revision) r[1], (RevisionType) r[2], r[0]))
                .toList();
    }

    /** The id of a related record, without loading it. */
    public Object identifier(Object entity) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }
}
