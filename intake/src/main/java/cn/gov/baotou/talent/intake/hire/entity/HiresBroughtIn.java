package cn.gov.baotou.talent.intake.hire.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hires brought in (三方协议 signed, intake.1) in a year, counted by month, degree, district and industry, with
 * how many of them were admitted by exception. The query the reporting module reads through core's
 * {@code TargetProgressSource} once core defines it; until then callable as it is.
 */
@ApplicationScoped
public class HiresBroughtIn {

    /** How many hires of one degree, district and industry were brought in in one month (1–12). */
    public record Row(
            int month, Degree degree, String districtCode, String industryCode, long count, long exceptions) {}

    @PersistenceContext
    EntityManager em;

    public HiresBroughtIn() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public HiresBroughtIn(EntityManager em) {
        this.em = em;
    }

    /** The rows of a year within the caller's scope, by month, degree, district and industry. */
    public List<Row> in(int year, Visibility v) {
        List<Object[]> hires = v.bind(em.createQuery(
                                "select h.progress.agreementSignedOn, h.facts.degree, h.districtCode, h.industryCode,"
                                        + " h.eligibility.exceptionRequired from Hire h where h.status in :in"
                                        + " and h.progress.agreementSignedOn between :first and :last and "
                                        + v.condition("h.districtCode", "h.enterprise.id"),
                                Object[].class)
                        .setParameter("in", HireStatus.BROUGHT_IN)
                        .setParameter("first", LocalDate.of(year, 1, 1))
                        .setParameter("last", LocalDate.of(year, 12, 31)))
                .getResultList();
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Row> keys = new TreeMap<>();
        for (Object[] h : hires) {
            Row key = new Row(((LocalDate) h[0]).getMonthValue(), (Degree) h[1], (String) h[2], (String) h[3], 0, 0);
            String k =
                    String.format("%02d/%s/%s/%s", key.month(), key.degree(), key.districtCode(), key.industryCode());
            keys.putIfAbsent(k, key);
            long[] c = counts.computeIfAbsent(k, x -> new long[2]);
            c[0]++;
            c[1] += Boolean.TRUE.equals(h[4]) ? 1 : 0;
        }
        return keys.entrySet().stream()
                .map(e -> {
                    Row r = e.getValue();
                    long[] c = counts.get(e.getKey());
                    return new Row(r.month(), r.degree(), r.districtCode(), r.industryCode(), c[0], c[1]);
                })
                .toList();
    }

    /** How many of a degree were brought in in the year, within the caller's scope. */
    public long total(int year, Degree degree, Visibility v) {
        return in(year, v).stream()
                .filter(r -> r.degree() == degree)
                .mapToLong(Row::count)
                .sum();
    }
}
