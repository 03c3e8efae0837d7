package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The annual evaluations of hires; read for a hire the caller may see, or counted within the caller's scope. */
@ApplicationScoped
public class Evaluations {

    @PersistenceContext
    EntityManager em;

    public Evaluations() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Evaluations(EntityManager em) {
        this.em = em;
    }

    public List<Evaluation> of(long hireId) {
        return em.createQuery("select e from Evaluation e where e.hireId = :h order by e.yearNo", Evaluation.class)
                .setParameter("h", hireId)
                .getResultList();
    }

    public Optional<Evaluation> of(long hireId, int yearNo) {
        return em.createQuery("select e from Evaluation e where e.hireId = :h and e.yearNo = :y", Evaluation.class)
                .setParameter("h", hireId)
                .setParameter("y", yearNo)
                .getResultStream()
                .findFirst();
    }

    /** Evaluations past their due date and not recorded, of hires still in service, within the caller's scope. */
    public long countOverdue(Visibility v, LocalDate today) {
        return v.bind(em.createQuery(
                                "select count(e) from Evaluation e, Hire h where h.id = e.hireId"
                                        + " and e.evaluatedOn is null and e.dueOn < :today and h.status in :owed and "
                                        + v.condition("h.districtCode", "h.enterprise.id"),
                                Long.class)
                        .setParameter("today", today)
                        .setParameter("owed", HireServices.OWED))
                .getSingleResult();
    }

    public void add(Evaluation e) {
        em.persist(e);
    }
}
