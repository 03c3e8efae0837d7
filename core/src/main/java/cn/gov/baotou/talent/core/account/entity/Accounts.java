package cn.gov.baotou.talent.core.account.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds accounts; the city office's account pages are its only callers besides sign-in. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Accounts() {}

    /** For use outside the container (tests). */
    public Accounts(EntityManager em) {
        this.em = em;
    }

    public Optional<Account> byUsername(String username) {
        return em
                .createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.role, a.username", Account.class)
                .getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }
}
