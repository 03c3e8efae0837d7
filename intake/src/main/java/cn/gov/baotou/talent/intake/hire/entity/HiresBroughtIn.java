package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The hires brought in (三方协议 signed, intake.1) in a period, counted by month, degree, district and industry, with
 * how many of them were admitted by exception: one GROUP BY in the database, so a year of a large registry comes back
 * as at most months × degrees × districts × industries rows. Reporting reads it through {@code IntakeProgress}.
 */
@ApplicationScoped
public class HiresBroughtIn {

    /** How many hires of one degree, district and industry were brought in in one month (1–12) of a year. */
    public record Row(
            int year,
            int month,
            Degree degree,
            String districtCode,
            String industryCode,
            long count,
            long exceptions) {}

    private static final String SIGNED = "h.progress.agreementSignedOn";
    private static final String GROUPS = "extract(year from " + SIGNED + "), extract(month from " + SIGNED + "),"
            + " h.facts.degree, h.districtCode, h.industryCode";

    @PersistenceContext
    EntityManager em;

    public HiresBroughtIn() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public HiresBroughtIn(EntityManager em) {
        this.em = em;
    }

    /** The rows of a year within the caller's scope, by month, degree, district and industry. */
    public List<Row> in(int year, Visibility v) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), v);
    }

    /** The rows of the days from {@code first} to {@code last} (both included) within a scope, in month order. */
    public List<Row> between(LocalDate first, LocalDate last, Visibility v) {
        return v.bind(em.createQuery(
                                "select " + GROUPS + ", count(h), sum(case when h.eligibility.exceptionRequired = true"
                                        + " then 1 else 0 end) from Hire h where h.status in :in"
                                        + " and " + SIGNED + " between :first and :last and "
                                        + v.condition("h.districtCode", "h.enterprise.id")
                                        + " group by " + GROUPS + " order by " + GROUPS,
                                Object[].class)
                        .setParameter("in", HireStatus.BROUGHT_IN)
                        .setParameter("first", first)
                        .setParameter("last", last))
                .getResultStream()
                .map(r -> new Row(
                        number(r[0]),
                        number(r[1]),
                        (Degree) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /** How many of a degree were brought in in the year, within the caller's scope. */
    public long total(int year, Degree degree, Visibility v) {
        return in(year, v).stream()
                .filter(r -> r.degree() == degree)
                .mapToLong(Row::count)
                .sum();
    }

    /** PostgreSQL's extract gives a numeric, H2's an integer. */
    private static int number(Object n) {
        return ((Number) n).intValue();
    }
}
