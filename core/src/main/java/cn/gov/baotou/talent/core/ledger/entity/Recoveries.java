package cn.gov.baotou.talent.core.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The recoveries of grants; callers read them only for a grant they may see. */
@ApplicationScoped
public class Recoveries {

    @PersistenceContext
    EntityManager em;

    public Recoveries() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Recoveries(EntityManager em) {
        this.em = em;
    }

    /**
     * The rows one recovery decision of this account wrote under its idempotency key: one per finance that paid. A key
     * belongs to the account that sent it.
     */
    public List<FundingRecovery> byKey(String decidedBy, String idempotencyKey) {
        return em.createQuery(
                        "select r from FundingRecovery r where r.decidedBy = :by and r.idempotencyKey = :k"
                                + " order by r.financeLevel",
                        FundingRecovery.class)
                .setParameter("by", decidedBy)
                .setParameter("k", idempotencyKey)
                .getResultList();
    }

    public List<FundingRecovery> of(long grantId) {
        return em.createQuery(
                        "select r from FundingRecovery r where r.grantId = :g order by r.decidedOn, r.id",
                        FundingRecovery.class)
                .setParameter("g", grantId)
                .getResultList();
    }

    public void add(FundingRecovery r) {
        em.persist(r);
    }
}
