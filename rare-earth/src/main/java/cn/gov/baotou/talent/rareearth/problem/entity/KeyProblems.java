package cn.gov.baotou.talent.rareearth.problem.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The key problems, public to everyone signed in (a call is published to be answered), with their milestones; the
 * bids, which an enterprise sees only its own of, unless it leads the problem.
 */
@ApplicationScoped
public class KeyProblems {

    @PersistenceContext
    EntityManager em;

    public KeyProblems() {}

    /** For use outside the container (tests). */
    public KeyProblems(EntityManager em) {
        this.em = em;
    }

    public Optional<KeyProblem> byId(long id, boolean lock) {
        return Optional.ofNullable(
                em.find(KeyProblem.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE));
    }

    /** The problems published in [from, to], newest first. */
    public List<KeyProblem> published(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select k from KeyProblem k where k.publishedOn between :from and :to"
                                + " order by k.publishedOn desc, k.id desc",
                        KeyProblem.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** A problem's bids the caller may see: all for the city-wide readers, else its own enterprise's. */
    public List<ProblemBid> bids(long problemId, Visibility v) {
        return v.bind(em.createQuery(
                                "select b from ProblemBid b where b.problemId = :p and "
                                        + v.condition("b.districtCode", "b.enterpriseId") + " order by b.id",
                                ProblemBid.class)
                        .setParameter("p", problemId))
                .getResultList();
    }

    public Optional<ProblemBid> bid(long bidId) {
        return Optional.ofNullable(em.find(ProblemBid.class, bidId));
    }

    public boolean hasBid(long problemId, long enterpriseId) {
        return !em.createQuery(
                        "select b.id from ProblemBid b where b.problemId = :p and b.enterpriseId = :e", Long.class)
                .setParameter("p", problemId)
                .setParameter("e", enterpriseId)
                .getResultList()
                .isEmpty();
    }

    public long bidCount(long problemId) {
        return em.createQuery("select count(b) from ProblemBid b where b.problemId = :p", Long.class)
                .setParameter("p", problemId)
                .getSingleResult();
    }

    public List<ProblemMilestone> milestones(long problemId) {
        return em.createQuery(
                        "select m from ProblemMilestone m where m.problemId = :p order by m.reachedOn, m.id",
                        ProblemMilestone.class)
                .setParameter("p", problemId)
                .getResultList();
    }

    public void add(Object row) {
        em.persist(row);
        em.flush();
    }
}
