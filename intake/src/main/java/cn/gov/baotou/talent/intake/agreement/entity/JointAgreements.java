package cn.gov.baotou.talent.intake.agreement.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Joint agreements as the caller may see them: a district office its district's, an enterprise its own. */
@ApplicationScoped
public class JointAgreements {

    @PersistenceContext
    EntityManager em;

    public JointAgreements() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public JointAgreements(EntityManager em) {
        this.em = em;
    }

    public List<JointAgreement> visible(Visibility v) {
        return v.bind(em.createQuery(
                        "select a from JointAgreement a join fetch a.enterprise where "
                                + v.condition("a.districtCode", "a.enterprise.id")
                                + " order by a.districtCode, a.validTo desc, a.id desc",
                        JointAgreement.class))
                .getResultList();
    }

    /** The agreement of the enterprise in force on a day, with its own district (the longest-running if several). */
    public Optional<JointAgreement> validOn(long enterpriseId, String districtCode, LocalDate day) {
        return em.createQuery(
                        "select a from JointAgreement a where a.enterprise.id = :e and a.districtCode = :d"
                                + " and a.signedOn <= :day and a.validTo >= :day order by a.validTo desc",
                        JointAgreement.class)
                .setParameter("e", enterpriseId)
                .setParameter("d", districtCode)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The enterprise if the caller may see it: an agreement is recorded only for one in the caller's scope. */
    public Optional<Enterprise> enterprise(long id, Visibility v) {
        return v.bind(em.createQuery(
                                "select e from Enterprise e join fetch e.district join fetch e.industry where e.id = :id"
                                        + " and " + v.condition("e.district.code", "e.id"),
                                Enterprise.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst();
    }

    public void add(JointAgreement a) {
        em.persist(a);
        em.flush();
    }
}
