package cn.gov.baotou.talent.rareearth.record.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The records of one measure as the caller may see them; the scope is part of every query. */
@ApplicationScoped
public class MeasureRecords {

    @PersistenceContext
    EntityManager em;

    public MeasureRecords() {}

    /** For use outside the container (tests). */
    public MeasureRecords(EntityManager em) {
        this.em = em;
    }

    public List<MeasureRecord> of(int measureNo, Visibility v, int first, int max) {
        return v.bind(em.createQuery(
                                "select r from MeasureRecord r where r.measureNo = :m and "
                                        + v.condition("r.districtCode", "r.enterpriseId")
                                        + " order by r.startedOn desc, r.id desc",
                                MeasureRecord.class)
                        .setParameter("m", measureNo)
                        .setFirstResult(first)
                        .setMaxResults(max))
                .getResultList();
    }

    public long count(int measureNo, Visibility v) {
        return v.bind(em.createQuery(
                                "select count(r) from MeasureRecord r where r.measureNo = :m and "
                                        + v.condition("r.districtCode", "r.enterpriseId"),
                                Long.class)
                        .setParameter("m", measureNo))
                .getSingleResult();
    }

    public Optional<MeasureRecord> visible(long id, Visibility v) {
        return v.bind(em.createQuery(
                                "select r from MeasureRecord r where r.id = :id and "
                                        + v.condition("r.districtCode", "r.enterpriseId"),
                                MeasureRecord.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst();
    }

    public void add(MeasureRecord r) {
        em.persist(r);
        em.flush();
    }
}
