package cn.gov.baotou.talent.core.document.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.registry.entity.District;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Documents as the caller may see them: the scope is part of every query, so an outside id finds nothing. */
@ApplicationScoped
public class Documents {

    @PersistenceContext
    EntityManager em;

    public Documents() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Documents(EntityManager em) {
        this.em = em;
    }

    public Optional<Document> visible(long id, Visibility v) {
        return v.bind(em.createQuery(
                                "select d from Document d where d.id = :id and "
                                        + v.condition("d.districtCode", "d.enterpriseId"),
                                Document.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst();
    }

    /** The district of an enterprise the caller may see; empty when it does not exist or is out of scope. */
    public Optional<String> districtOfVisibleEnterprise(long enterpriseId, Visibility v) {
        return v.bind(em.createQuery(
                                "select e.district.code from Enterprise e where e.id = :id and "
                                        + v.condition("e.district.code", "e.id"),
                                String.class)
                        .setParameter("id", enterpriseId))
                .getResultStream()
                .findFirst();
    }

    public boolean districtExists(String code) {
        return em.find(District.class, code) != null;
    }

    public void add(Document d) {
        em.persist(d);
        // the row is checked now, before its bytes are moved into place
        em.flush();
    }
}
