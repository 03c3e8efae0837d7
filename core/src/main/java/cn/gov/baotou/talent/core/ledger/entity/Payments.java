package cn.gov.baotou.talent.core.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The payments of grants; callers read them only for a grant they may see. */
@ApplicationScoped
public class Payments {

    @PersistenceContext
    EntityManager em;

    public Payments() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Payments(EntityManager em) {
        this.em = em;
    }

    /**
     * The payment a request of this account with this idempotency key recorded, if any: a repeated request gets it
     * back. A key belongs to the account that sent it; another account's same key finds nothing.
     */
    public Optional<FundingPayment> byKey(String recordedBy, String idempotencyKey) {
        return em.createQuery(
                        "select p from FundingPayment p where p.recordedBy = :by and p.idempotencyKey = :k",
                        FundingPayment.class)
                .setParameter("by", recordedBy)
                .setParameter("k", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    public Optional<FundingPayment> ofShare(long grantId, FinanceLevel level) {
        return em.createQuery(
                        "select p from FundingPayment p where p.grantId = :g and p.financeLevel = :l",
                        FundingPayment.class)
                .setParameter("g", grantId)
                .setParameter("l", level)
                .getResultStream()
                .findFirst();
    }

    public List<FundingPayment> of(long grantId) {
        return em.createQuery(
                        "select p from FundingPayment p where p.grantId = :g order by p.financeLevel",
                        FundingPayment.class)
                .setParameter("g", grantId)
                .getResultList();
    }

    public void add(FundingPayment p) {
        em.persist(p);
    }
}
