package cn.gov.baotou.talent.core.account.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds API tokens: by lookup id for a call, by account for the account's list. */
@ApplicationScoped
public class ApiTokens {

    @PersistenceContext
    EntityManager em;

    public ApiTokens() {}

    /** For use outside the container (tests). */
    public ApiTokens(EntityManager em) {
        this.em = em;
    }

    /** The token with this lookup id, with its account (one query: this runs on every call by token). */
    public Optional<ApiToken> byLookupId(String lookupId) {
        return em
                .createQuery("select t from ApiToken t join fetch t.account where t.lookupId = :l", ApiToken.class)
                .setParameter("l", lookupId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The account's tokens, newest first, revoked and expired ones included. */
    public List<ApiToken> of(Account account) {
        return em.createQuery(
                        "select t from ApiToken t where t.account = :a order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("a", account)
                .getResultList();
    }

    /** The account's token {@code id}; empty when there is none or it is another account's. */
    public Optional<ApiToken> of(Account account, long id) {
        return em
                .createQuery("select t from ApiToken t where t.account = :a and t.id = :id", ApiToken.class)
                .setParameter("a", account)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    public void add(ApiToken token) {
        em.persist(token);
    }

    /**
     * Writes down a use at {@code now} unless another call did within the last minute. A bulk update: no version
     * bump (a revocation at the same moment is not refused for it) and no audit revision (the time is not audited);
     * of calls racing at the minute's turn, one writes and the others change no row.
     */
    public int recordUse(long id, Instant now) {
        return em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt <= :before)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("before", now.minus(ApiToken.LAST_USED_GRAIN))
                .executeUpdate();
    }
}
