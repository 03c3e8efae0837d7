package cn.gov.baotou.talent.servicesplan.proactive.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The proactive notices sent, one per window, and the enterprises each told. */
@ApplicationScoped
public class WindowNotices {

    @PersistenceContext
    EntityManager em;

    public WindowNotices() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public WindowNotices(EntityManager em) {
        this.em = em;
    }

    public Optional<WindowNotice> of(LocalDate windowStart) {
        return Optional.ofNullable(em.find(WindowNotice.class, windowStart));
    }

    /** Claims the window: the row is written at once, so a concurrent sender fails on its primary key. */
    public void claim(WindowNotice notice) {
        em.persist(notice);
        em.flush();
    }

    public void add(WindowNoticeEnterprise told) {
        em.persist(told);
    }

    public List<WindowNotice> all() {
        return em.createQuery("select n from WindowNotice n order by n.windowStart desc", WindowNotice.class)
                .getResultList();
    }

    public List<WindowNoticeEnterprise> told(LocalDate windowStart) {
        return em.createQuery(
                        "select t from WindowNoticeEnterprise t where t.key.windowStart = :w"
                                + " order by t.key.enterpriseId",
                        WindowNoticeEnterprise.class)
                .setParameter("w", windowStart)
                .getResultList();
    }
}
