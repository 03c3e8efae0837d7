package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The service tasks of hires; read for a hire the caller may see, or counted within the caller's scope. */
@ApplicationScoped
public class HireServices {

    /** The states in which services are owed: from the agreement until the service period ends or the hire leaves. */
    public static final Set<HireStatus> OWED =
            Set.of(HireStatus.AGREEMENT_SIGNED, HireStatus.SUBSIDY_PAID, HireStatus.SERVING);

    @PersistenceContext
    EntityManager em;

    public HireServices() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public HireServices(EntityManager em) {
        this.em = em;
    }

    public List<HireService> of(long hireId) {
        return em.createQuery("select s from HireService s where s.hireId = :h order by s.kind", HireService.class)
                .setParameter("h", hireId)
                .getResultList();
    }

    public Optional<HireService> of(long hireId, ServiceKind kind) {
        return em.createQuery("select s from HireService s where s.hireId = :h and s.kind = :k", HireService.class)
                .setParameter("h", hireId)
                .setParameter("k", kind)
                .getResultStream()
                .findFirst();
    }

    /** The unfinished tasks an owner has in its scope (the city office its PhDs', a district office its masters'). */
    public long countOpen(Role owner, Visibility v) {
        return v.bind(em.createQuery(
                                "select count(s) from HireService s, Hire h where h.id = s.hireId and s.owner = :o"
                                        + " and s.status in :unfinished and h.status in :owed and "
                                        + v.condition("h.districtCode", "h.enterprise.id"),
                                Long.class)
                        .setParameter("o", owner)
                        .setParameter("unfinished", List.of(ServiceStatus.OPEN, ServiceStatus.IN_PROGRESS))
                        .setParameter("owed", OWED))
                .getSingleResult();
    }

    public void add(HireService s) {
        em.persist(s);
    }
}
