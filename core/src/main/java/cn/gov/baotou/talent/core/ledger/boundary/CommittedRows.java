package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.ledger.entity.Payments;
import cn.gov.baotou.talent.core.ledger.entity.Recoveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what other transactions committed, in a transaction of its own. When a unique constraint refused a ledger
 * row, the caller's transaction can do nothing more, but the row that won the race is committed: it is named from
 * here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CommittedRows {

    @PersistenceContext
    EntityManager em;

    private EntityManagerFactory outside;

    public CommittedRows() {}

    /** For use outside the container (tests): each read in an entity manager and a transaction of its own. */
    public CommittedRows(EntityManagerFactory emf) {
        this.outside = emf;
    }

    public Optional<FundingGrant> grant(BeneficiaryKind kind, long beneficiaryId, String purpose) {
        return read(m -> new Grants(m).held(kind, beneficiaryId, purpose, false));
    }

    public Optional<FundingPayment> payment(String recordedBy, String idempotencyKey) {
        return read(m -> new Payments(m).byKey(recordedBy, idempotencyKey));
    }

    public Optional<FundingPayment> payment(long grantId, FinanceLevel level) {
        return read(m -> new Payments(m).ofShare(grantId, level));
    }

    public List<FundingRecovery> recoveries(String decidedBy, String idempotencyKey) {
        return read(m -> new Recoveries(m).byKey(decidedBy, idempotencyKey));
    }

    private <T> T read(Function<EntityManager, T> work) {
        if (outside == null) {
            return work.apply(em);
        }
        EntityManager own = outside.createEntityManager();
        try {
            own.getTransaction().begin();
            T result = work.apply(own);
            own.getTransaction().commit();
            return result;
        } finally {
            if (own.getTransaction().isActive()) {
                own.getTransaction().rollback();
            }
            own.close();
        }
    }
}
