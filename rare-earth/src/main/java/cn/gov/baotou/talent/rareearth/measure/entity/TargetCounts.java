package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * What the measures with targets have achieved in a period, from this module's own records: confirmed teams, granted
 * cultivation support, graduates enrolled at funded training points, trained talents, published key problems — in a
 * report's period, and in its district when it is one district's.
 */
@ApplicationScoped
public class TargetCounts {

    @PersistenceContext
    EntityManager em;

    public TargetCounts() {}

    /** For use outside the container (tests). */
    public TargetCounts(EntityManager em) {
        this.em = em;
    }

    /** rare-earth.1: teams the city office confirmed, by the day they were brought in. */
    public Tally teams(ReportScope p) {
        return tally(
                "select x.districtCode, x.introducedOn, 1 from HighEndTeam x"
                        + " where x.status = 'CONFIRMED' and x.introducedOn between :from and :to",
                p);
    }

    /** rare-earth.3: talents or teams granted cultivation support, by the day of the grant. */
    public Tally cultivated(ReportScope p) {
        return tally(
                "select x.districtCode, x.decidedOn, 1 from SupportApplication x"
                        + " where x.measureNo = 3 and x.status = 'GRANTED' and x.decidedOn between :from and :to",
                p);
    }

    /** rare-earth.6: graduates enrolled at the training points funded for an enrolment year starting in the period. */
    public Tally graduates(ReportScope p) {
        return tally(
                "select x.districtCode, x.facts.periodStart, x.facts.quantity from SupportApplication x"
                        + " where x.measureNo = 6 and x.status = 'GRANTED' and x.facts.periodStart between :from and :to",
                p);
    }

    /** rare-earth.7: talents whose training was completed in the period. */
    public Tally trained(ReportScope p) {
        return tally(
                "select x.districtCode, x.completedOn, 1 from TrainingRecord x where x.completedOn between :from and :to",
                p);
    }

    /** rare-earth.9: key problems published in the period and not withdrawn. */
    public Tally problems(ReportScope p) {
        return tally(
                "select x.districtCode, x.publishedOn, 1 from KeyProblem x"
                        + " where x.status <> 'WITHDRAWN' and x.publishedOn between :from and :to",
                p);
    }

    /** Runs a query whose alias {@code x} has a district: in the scope's period, and its district if it has one. */
    private Tally tally(String jpql, ReportScope p) {
        String scoped = p.wholeCity() ? jpql : jpql + " and x.districtCode = :district";
        var query = em.createQuery(scoped, Object[].class)
                .setParameter("from", p.period().from())
                .setParameter("to", p.period().to());
        if (!p.wholeCity()) {
            query.setParameter("district", p.districtCode());
        }
        List<Object[]> rows = query.getResultList();
        return Tally.of(rows.stream()
                .map(r -> new Tally.Counted(
                        (String) r[0], (LocalDate) r[1], r[2] == null ? 0 : ((Number) r[2]).longValue()))
                .toList());
    }
}
