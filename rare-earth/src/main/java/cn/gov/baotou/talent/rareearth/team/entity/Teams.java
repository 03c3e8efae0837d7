package cn.gov.baotou.talent.rareearth.team.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The teams as the caller may see them: the city-wide roles all, a district its own, an enterprise its own. */
@ApplicationScoped
public class Teams {

    @PersistenceContext
    EntityManager em;

    public Teams() {}

    /** For use outside the container (tests). */
    public Teams(EntityManager em) {
        this.em = em;
    }

    public Optional<HighEndTeam> visible(long id, Visibility v, boolean lock) {
        return v.bind(em.createQuery(
                                "select t from HighEndTeam t where t.id = :id and "
                                        + v.condition("t.districtCode", "t.enterpriseId"),
                                HighEndTeam.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /** The visible teams brought in during [from, to], newest first. */
    public List<HighEndTeam> search(Visibility v, LocalDate from, LocalDate to) {
        return v.bind(em.createQuery(
                                "select t from HighEndTeam t where t.introducedOn between :from and :to and "
                                        + v.condition("t.districtCode", "t.enterpriseId")
                                        + " order by t.introducedOn desc, t.id desc",
                                HighEndTeam.class)
                        .setParameter("from", from)
                        .setParameter("to", to))
                .getResultList();
    }

    public void add(HighEndTeam t) {
        em.persist(t);
        em.flush();
    }
}
