package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import cn.gov.baotou.talent.intake.demand.entity.JobDemands;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * 岗位需求目录 (intake.5.2 面向社会统一发布): the published demands for anyone, signed in or not, filtered by industry,
 * degree, discipline and district. The page, the JSON API and the Excel download read it alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DemandCatalog {

    /** The most rows one download holds; the catalog of a city is far smaller. */
    public static final int MAX_DOWNLOAD = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobDemands demands;

    public DemandCatalog() {}

    /** For use outside the container (tests). */
    public DemandCatalog(EntityManager em) {
        this.em = em;
        this.demands = new JobDemands(em);
    }

    /** The filter the caller asked for; a code that names nothing is refused, naming its field. */
    public CatalogFilter filter(String industry, String degree, String discipline, String district) {
        List<FieldError> errors = new ArrayList<>();
        String i = blankToNull(industry);
        if (i != null && em.find(Industry.class, i) == null) {
            errors.add(unknown("industry", i));
        }
        Degree d = null;
        String dg = blankToNull(degree);
        if (dg != null) {
            try {
                d = Degree.valueOf(dg);
            } catch (IllegalArgumentException e) {
                errors.add(unknown("degree", dg));
            }
        }
        String c = blankToNull(discipline);
        if (c != null && Disciplines.byCode(c).isEmpty()) {
            errors.add(unknown("discipline", c));
        }
        String s = blankToNull(district);
        if (s != null && em.find(District.class, s) == null) {
            errors.add(unknown("district", s));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CatalogFilter(i, d, c, s);
    }

    public List<JobDemand> page(CatalogFilter f, int first, int max) {
        return demands.published(f, first, max);
    }

    public long count(CatalogFilter f) {
        return demands.countPublished(f);
    }

    /** Every published demand the filter matches, for a download, at most {@link #MAX_DOWNLOAD}. */
    public List<JobDemand> all(CatalogFilter f) {
        return demands.published(f, 0, MAX_DOWNLOAD);
    }

    public List<District> districts() {
        return em.createQuery("select d from District d order by d.code", District.class)
                .getResultList();
    }

    public List<Industry> industries() {
        return em.createQuery("select i from Industry i order by i.keyIndustry desc, i.code", Industry.class)
                .getResultList();
    }

    /** The filter in words, in the reader's language, as the download's second line says it. */
    public String describe(CatalogFilter f, Messages m) {
        boolean en = "en".equals(m.locale().getLanguage());
        List<String> parts = new ArrayList<>();
        if (f.industryCode() != null) {
            Industry i = em.find(Industry.class, f.industryCode());
            parts.add(part(m, "industry", en ? i.nameEn() : i.name()));
        }
        if (f.degree() != null) {
            parts.add(part(
                    m,
                    "degree",
                    m.get(DemandWorkflow.BUNDLE, "degree." + f.degree().name())));
        }
        if (f.disciplineCode() != null) {
            parts.add(part(
                    m,
                    "discipline",
                    Disciplines.byCode(f.disciplineCode()).orElseThrow().name(m.locale())));
        }
        if (f.districtCode() != null) {
            District d = em.find(District.class, f.districtCode());
            parts.add(part(m, "district", en ? d.nameEn() : d.name()));
        }
        return parts.isEmpty() ? m.get(DemandWorkflow.BUNDLE, "catalog.filter.none") : String.join("; ", parts);
    }

    private static String part(Messages m, String field, String value) {
        return m.get(DemandWorkflow.BUNDLE, "catalog.filter." + field) + ": " + value;
    }

    private static FieldError unknown(String field, String value) {
        return new FieldError(field, DemandWorkflow.BUNDLE, "catalog.filter.unknown", List.of(value));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
