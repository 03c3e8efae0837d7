package cn.gov.baotou.talent.core.notice.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notices by recipient: an account reads only its own, whatever id it asks for. */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    public Notifications() {}

    /** For use outside the container (tests). */
    public Notifications(EntityManager em) {
        this.em = em;
    }

    /** Writes one notice per enabled account of the audience; returns how many were told. */
    public int send(Audience to, String title, String body, String link, String source, Instant at) {
        List<Long> accounts = of(to, "a.id", "", Long.class);
        accounts.forEach(id -> em.persist(new Notification(id, title, body, link, source, at)));
        return accounts.size();
    }

    /** Writes a notice to one account by its name, if it exists and is enabled; whether it was told. */
    public boolean sendTo(String username, String title, String body, String link, String source, Instant at) {
        List<Long> ids = em.createQuery(
                        "select a.id from Account a where a.enabled = true and a.username = :u", Long.class)
                .setParameter("u", username)
                .getResultList();
        ids.forEach(id -> em.persist(new Notification(id, title, body, link, source, at)));
        return !ids.isEmpty();
    }

    /** The e-mail addresses of the enabled accounts of the audience that have one, each once. */
    public List<String> addresses(Audience to) {
        return of(to, "distinct a.email", " and a.email is not null", String.class);
    }

    private <T> List<T> of(Audience to, String select, String more, Class<T> type) {
        return em.createQuery(
                        "select " + select + " from Account a where a.enabled = true and a.role = :role"
                                + " and (:district is null or a.districtCode = :district)"
                                + " and (:enterprise is null or a.enterpriseId = :enterprise)"
                                + " and (:department is null or a.departmentCode = :department)" + more,
                        type)
                .setParameter("role", to.role())
                .setParameter("district", to.districtCode())
                .setParameter("enterprise", to.enterpriseId())
                .setParameter("department", to.departmentCode())
                .getResultList();
    }

    public List<Notification> latest(long accountId, int max) {
        return em.createQuery(
                        "select n from Notification n where n.accountId = :a order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("a", accountId)
                .setMaxResults(max)
                .getResultList();
    }

    public long unread(long accountId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.accountId = :a and n.readAt is null", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    public Optional<Notification> own(long accountId, long id) {
        return em.createQuery("select n from Notification n where n.id = :id and n.accountId = :a", Notification.class)
                .setParameter("id", id)
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }
}
