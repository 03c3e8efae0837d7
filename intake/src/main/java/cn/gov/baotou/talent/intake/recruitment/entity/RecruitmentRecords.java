package cn.gov.baotou.talent.intake.recruitment.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Recruitment events, workstations and their candidates. Events and workstations are not personal and read alike for
 * every signed-in role; candidates are filtered by the caller's scope through the enterprise interested in them.
 */
@ApplicationScoped
public class RecruitmentRecords {

    private static final String CANDIDATES =
            "select c from RecruitedCandidate c left join fetch c.enterprise e" + " left join fetch e.district where ";

    @PersistenceContext
    EntityManager em;

    public RecruitmentRecords() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RecruitmentRecords(EntityManager em) {
        this.em = em;
    }

    /** A page of events, the latest first. */
    public List<RecruitmentEvent> events(int first, int max) {
        return em.createQuery(
                        "select e from RecruitmentEvent e order by e.startsOn desc, e.id desc", RecruitmentEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countEvents() {
        return em.createQuery("select count(e) from RecruitmentEvent e", Long.class)
                .getSingleResult();
    }

    public Optional<RecruitmentEvent> event(long id) {
        return Optional.ofNullable(em.find(RecruitmentEvent.class, id));
    }

    /** A page of workstations, the latest opened first. */
    public List<Workstation> workstations(int first, int max) {
        return em.createQuery("select w from Workstation w order by w.activeFrom desc, w.id desc", Workstation.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countWorkstations() {
        return em.createQuery("select count(w) from Workstation w", Long.class).getSingleResult();
    }

    public Optional<Workstation> workstation(long id) {
        return Optional.ofNullable(em.find(Workstation.class, id));
    }

    /** The candidates a source brought that the caller may see, in the order they were recorded. */
    public List<RecruitedCandidate> candidates(SourceKind kind, long sourceId, Visibility v) {
        return v.bind(em.createQuery(
                                CANDIDATES + source(kind) + " = :source and " + scope(v) + " order by c.id",
                                RecruitedCandidate.class)
                        .setParameter("source", sourceId))
                .getResultList();
    }

    public Optional<RecruitedCandidate> candidate(SourceKind kind, long sourceId, long id, Visibility v) {
        return v.bind(em.createQuery(
                                CANDIDATES + "c.id = :id and " + source(kind) + " = :source and " + scope(v),
                                RecruitedCandidate.class)
                        .setParameter("id", id)
                        .setParameter("source", sourceId))
                .getResultStream()
                .findFirst();
    }

    public void add(Object record) {
        em.persist(record);
    }

    private static String source(SourceKind kind) {
        return kind == SourceKind.EVENT ? "c.event.id" : "c.workstation.id";
    }

    private static String scope(Visibility v) {
        return v.condition("e.district.code", "e.id");
    }
}
