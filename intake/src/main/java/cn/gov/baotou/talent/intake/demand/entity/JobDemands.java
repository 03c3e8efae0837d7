package cn.gov.baotou.talent.intake.demand.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Job demands as the caller may see them (an enterprise its own, a district office its district's, the city office
 * all), and the published ones as anyone may: the catalog query knows no other status.
 */
@ApplicationScoped
public class JobDemands {

    private static final String FETCH = "select d from JobDemand d join fetch d.enterprise e join fetch e.district"
            + " join fetch e.industry where ";
    private static final String SCOPED =
            " and (:status is null or d.status = :status)" + " and (:district is null or e.district.code = :district)";
    private static final String CATALOG = "d.status = :published"
            + " and (:industry is null or e.industry.code = :industry)"
            + " and (:degree is null or d.degree = :degree)"
            + " and (:discipline is null or d.disciplineCode = :discipline)"
            + " and (:district is null or e.district.code = :district)";

    @PersistenceContext
    EntityManager em;

    public JobDemands() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public JobDemands(EntityManager em) {
        this.em = em;
    }

    public Optional<JobDemand> visible(long id, Visibility v) {
        return v.bind(em.createQuery(FETCH + "d.id = :id and " + scope(v), JobDemand.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst();
    }

    /** A page of the visible demands, newest first, optionally in one status and of one district. */
    public List<JobDemand> search(Visibility v, DemandStatus status, String districtCode, int first, int max) {
        return v.bind(em.createQuery(FETCH + scope(v) + SCOPED + " order by d.id desc", JobDemand.class))
                .setParameter("status", status)
                .setParameter("district", districtCode)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Visibility v, DemandStatus status, String districtCode) {
        return v.bind(em.createQuery(
                        "select count(d) from JobDemand d join d.enterprise e where " + scope(v) + SCOPED, Long.class))
                .setParameter("status", status)
                .setParameter("district", districtCode)
                .getSingleResult();
    }

    /** A page of the public catalog: published demands only, the latest published first. */
    public List<JobDemand> published(CatalogFilter f, int first, int max) {
        return catalog(em.createQuery(FETCH + CATALOG + " order by d.publishedOn desc, d.id desc", JobDemand.class), f)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPublished(CatalogFilter f) {
        return catalog(
                        em.createQuery(
                                "select count(d) from JobDemand d join d.enterprise e where " + CATALOG, Long.class),
                        f)
                .getSingleResult();
    }

    public void add(JobDemand d) {
        em.persist(d);
    }

    private static String scope(Visibility v) {
        return v.condition("e.district.code", "e.id");
    }

    private static <T> TypedQuery<T> catalog(TypedQuery<T> q, CatalogFilter f) {
        return q.setParameter("published", DemandStatus.PUBLISHED)
                .setParameter("industry", f.industryCode())
                .setParameter("degree", f.degree())
                .setParameter("discipline", f.disciplineCode())
                .setParameter("district", f.districtCode());
    }
}
