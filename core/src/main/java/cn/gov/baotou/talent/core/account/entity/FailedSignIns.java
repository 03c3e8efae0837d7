package cn.gov.baotou.talent.core.account.entity;

import cn.gov.baotou.talent.core.clock.control.DatabaseTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** The sign-in failures of account names and client addresses. */
@ApplicationScoped
public class FailedSignIns {

    @PersistenceContext
    EntityManager em;

    public FailedSignIns() {}

    /** For use outside the container (tests). */
    public FailedSignIns(EntityManager em) {
        this.em = em;
    }

    /** The database's time: every instance counts failures by the same clock, and a restart does not move it. */
    public Instant now() {
        return DatabaseTime.now(em);
    }

    public Optional<FailedSignIn> of(String subject) {
        return Optional.ofNullable(em.find(FailedSignIn.class, subject));
    }

    /**
     * The subject's row, locked until the transaction ends so that concurrent failures all count; a new one when there
     * is none (two first failures at once: one of them fails on the primary key, and its caller tries once more).
     */
    public FailedSignIn forUpdate(String subject, Instant now) {
        FailedSignIn row = em.find(FailedSignIn.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new FailedSignIn(subject, now);
            em.persist(row);
        }
        return row;
    }

    public void forget(String subject) {
        FailedSignIn row = em.find(FailedSignIn.class, subject);
        if (row != null) {
            em.remove(row);
        }
    }
}
