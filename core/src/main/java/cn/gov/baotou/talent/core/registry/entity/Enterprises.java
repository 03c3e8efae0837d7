package cn.gov.baotou.talent.core.registry.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Enterprises as the caller may see them: every query filters by the caller's visibility. */
@ApplicationScoped
public class Enterprises {

    @PersistenceContext
    EntityManager em;

    public Enterprises() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Enterprises(EntityManager em) {
        this.em = em;
    }

    /**
     * The names of the given enterprises, for a report whose reader's scope was checked already (a district's report
     * asks only for its district's enterprises).
     */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] r : em.createQuery("select e.id, e.name from Enterprise e where e.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            names.put((Long) r[0], (String) r[1]);
        }
        return names;
    }

    public Optional<Enterprise> visible(long id, Visibility v) {
        return v.bind(em.createQuery(
                                "select e from Enterprise e join fetch e.district join fetch e.industry"
                                        + " where e.id = :id and " + v.condition("e.district.code", "e.id"),
                                Enterprise.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst();
    }

    /** A page of the visible enterprises, optionally of one district and matching a name or credit code part. */
    public List<Enterprise> search(Visibility v, String districtCode, String text, int first, int max) {
        return v.bind(em.createQuery(
                                "select e from Enterprise e join fetch e.district join fetch e.industry where "
                                        + v.condition("e.district.code", "e.id")
                                        + " and (:district is null or e.district.code = :district)"
                                        + " and (:text is null or e.name like :text or e.creditCode like :text)"
                                        + " order by e.district.code, e.name",
                                Enterprise.class)
                        .setParameter("district", districtCode)
                        .setParameter("text", text == null || text.isBlank() ? null : "%" + text.strip() + "%")
                        .setFirstResult(first)
                        .setMaxResults(max))
                .getResultList();
    }

    public long count(Visibility v, String districtCode, String text) {
        return v.bind(em.createQuery(
                                "select count(e) from Enterprise e where "
                                        + v.condition("e.district.code", "e.id")
                                        + " and (:district is null or e.district.code = :district)"
                                        + " and (:text is null or e.name like :text or e.creditCode like :text)",
                                Long.class)
                        .setParameter("district", districtCode)
                        .setParameter("text", text == null || text.isBlank() ? null : "%" + text.strip() + "%"))
                .getSingleResult();
    }

    public boolean creditCodeTaken(CreditCode code) {
        return !em.createQuery("select e.id from Enterprise e where e.creditCode = :c", Long.class)
                .setParameter("c", code.value())
                .getResultList()
                .isEmpty();
    }

    public Optional<Enterprise> byCreditCode(String code) {
        return em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<District> district(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(District.class, code));
    }

    public Optional<Industry> industry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Industry.class, code));
    }

    public List<District> districts() {
        return em.createQuery("select d from District d order by d.code", District.class)
                .getResultList();
    }

    public List<Industry> industries() {
        return em.createQuery("select i from Industry i order by i.keyIndustry desc, i.code", Industry.class)
                .getResultList();
    }

    public void add(Enterprise e) {
        em.persist(e);
    }
}
