package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.report.control.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many cases each measure had in a report's period and, for one district's report, in that district: applications
 * made and granted, teams reported (1), records begun (4, 8, 14, 15), talents whose training completed (7), key problems
 * published (9). A record without a district (a city-wide problem, a partner outside Baotou) counts city-wide only.
 */
@ApplicationScoped
public class MeasureCases {

    @PersistenceContext
    EntityManager em;

    public MeasureCases() {}

    /** For use outside the container (tests). */
    public MeasureCases(EntityManager em) {
        this.em = em;
    }

    /** Cases begun in the scope, by measure number. */
    public Map<Integer, Long> begun(ReportScope s) {
        Map<Integer, Long> out = new HashMap<>();
        grouped(
                "select x.measureNo, count(x) from SupportApplication x where x.submittedOn between :from and :to",
                " group by x.measureNo",
                s,
                out);
        grouped(
                "select x.measureNo, count(x) from MeasureRecord x where x.startedOn between :from and :to",
                " group by x.measureNo",
                s,
                out);
        out.merge(
                1,
                count("select count(x) from HighEndTeam x where x.introducedOn between :from and :to", s),
                Long::sum);
        out.merge(
                7,
                count("select count(x) from TrainingRecord x where x.completedOn between :from and :to", s),
                Long::sum);
        out.merge(
                9,
                count(
                        "select count(x) from KeyProblem x where x.status <> 'WITHDRAWN'"
                                + " and x.publishedOn between :from and :to",
                        s),
                Long::sum);
        return out;
    }

    /** Applications granted (booked in the ledger) in the scope, by measure number. */
    public Map<Integer, Long> granted(ReportScope s) {
        Map<Integer, Long> out = new HashMap<>();
        grouped(
                "select x.measureNo, count(x) from SupportApplication x"
                        + " where x.status = 'GRANTED' and x.decidedOn between :from and :to",
                " group by x.measureNo",
                s,
                out);
        return out;
    }

    private void grouped(String select, String group, ReportScope s, Map<Integer, Long> into) {
        for (Object[] r : scoped(select, group, s, Object[].class)) {
            into.merge(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), Long::sum);
        }
    }

    private long count(String select, ReportScope s) {
        return scoped(select, "", s, Long.class).get(0);
    }

    /** The query in the scope's period, and its district when it is one district's; the alias is {@code x}. */
    private <T> List<T> scoped(String select, String tail, ReportScope s, Class<T> type) {
        var q = em.createQuery(select + (s.wholeCity() ? "" : " and x.districtCode = :district") + tail, type)
                .setParameter("from", s.period().from())
                .setParameter("to", s.period().to());
        if (!s.wholeCity()) {
            q.setParameter("district", s.districtCode());
        }
        return q.getResultList();
    }
}
