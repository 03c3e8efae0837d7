package cn.gov.baotou.talent.reporting.job.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The report jobs: each caller's own, and those old enough to clean away. */
@ApplicationScoped
public class ReportJobs {

    @PersistenceContext
    EntityManager em;

    public ReportJobs() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ReportJobs(EntityManager em) {
        this.em = em;
    }

    public void add(ReportJob job) {
        em.persist(job);
        em.flush();
    }

    public Optional<ReportJob> byId(long id) {
        return Optional.ofNullable(em.find(ReportJob.class, id));
    }

    /** A job of {@code owner}; another caller's job is as absent as one that does not exist. */
    public Optional<ReportJob> owned(long id, String owner) {
        return byId(id).filter(j -> j.owner().equals(owner));
    }

    /** The owner's jobs, the latest first. */
    public List<ReportJob> of(String owner, int max) {
        return em.createQuery(
                        "select j from ReportJob j where j.owner = :owner order by j.requestedAt desc, j.id desc",
                        ReportJob.class)
                .setParameter("owner", owner)
                .setMaxResults(max)
                .getResultList();
    }

    public List<ReportJob> requestedBefore(Instant cutoff) {
        return em.createQuery("select j from ReportJob j where j.requestedAt < :cutoff", ReportJob.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Jobs still queued or running since before {@code cutoff}: their instance stopped while working on them. */
    public List<ReportJob> unfinishedSince(Instant cutoff) {
        return em.createQuery(
                        "select j from ReportJob j where j.status in (:open) and j.requestedAt < :cutoff",
                        ReportJob.class)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Jobs still queued or running on an instance not among {@code liveBoots} (or recorded before boot ids were). */
    public List<ReportJob> unfinishedOutside(Set<String> liveBoots) {
        return em.createQuery(
                        "select j from ReportJob j where j.status in (:open)"
                                + " and (j.bootId is null or j.bootId not in :live)",
                        ReportJob.class)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .setParameter("live", liveBoots)
                .getResultList();
    }

    public void remove(ReportJob job) {
        em.remove(job);
    }
}
