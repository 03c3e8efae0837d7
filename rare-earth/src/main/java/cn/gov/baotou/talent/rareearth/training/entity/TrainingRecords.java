package cn.gov.baotou.talent.rareearth.training.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The training records and their batches; a district reads its own district's records, the city-wide roles all. */
@ApplicationScoped
public class TrainingRecords {

    @PersistenceContext
    EntityManager em;

    public TrainingRecords() {}

    /** For use outside the container (tests). */
    public TrainingRecords(EntityManager em) {
        this.em = em;
    }

    /** Which of the given institution / student number keys are imported already. */
    public Set<String> imported(Collection<String> institutions) {
        Set<String> out = new HashSet<>();
        if (institutions.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery(
                        "select r.institution, r.studentNo from TrainingRecord r where r.institution in :i",
                        Object[].class)
                .setParameter("i", institutions)
                .getResultList()) {
            out.add(r[0] + "\u0000" + r[1]);
        }
        return out;
    }

    /** The enterprises with the given credit codes, by code. */
    public Map<String, Long> enterprises(Collection<String> creditCodes) {
        Map<String, Long> out = new HashMap<>();
        if (!creditCodes.isEmpty()) {
            for (Object[] r : em.createQuery(
                            "select e.creditCode, e.id from Enterprise e where e.creditCode in :c", Object[].class)
                    .setParameter("c", creditCodes)
                    .getResultList()) {
                out.put((String) r[0], (Long) r[1]);
            }
        }
        return out;
    }

    public Set<String> districts() {
        return new HashSet<>(
                em.createQuery("select d.code from District d", String.class).getResultList());
    }

    public List<TrainingRecord> search(Visibility v, LocalDate from, LocalDate to, int first, int max) {
        return v.bind(em.createQuery(
                                "select r from TrainingRecord r where r.completedOn between :from and :to and "
                                        + v.condition("r.districtCode", "r.partnerEnterpriseId")
                                        + " order by r.completedOn desc, r.id desc",
                                TrainingRecord.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setFirstResult(first)
                        .setMaxResults(max))
                .getResultList();
    }

    public long count(Visibility v, LocalDate from, LocalDate to) {
        return v.bind(em.createQuery(
                                "select count(r) from TrainingRecord r where r.completedOn between :from and :to and "
                                        + v.condition("r.districtCode", "r.partnerEnterpriseId"),
                                Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to))
                .getSingleResult();
    }

    public List<TrainingBatch> batches(int max) {
        return em.createQuery(
                        "select b from TrainingBatch b order by b.importedAt desc, b.id desc", TrainingBatch.class)
                .setMaxResults(max)
                .getResultList();
    }

    public void add(Object row) {
        em.persist(row);
    }
}
