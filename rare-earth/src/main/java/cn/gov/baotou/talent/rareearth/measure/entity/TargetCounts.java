package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.rareearth.measure.control.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * What the measures with targets have achieved in a period, from this module's own records: confirmed teams, granted
 * cultivation support, graduates enrolled at funded training points, trained talents, published key problems.
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
    public Tally teams(ReportPeriod p) {
        return tally(
                "select t.districtCode, t.introducedOn, 1 from HighEndTeam t"
                        + " where t.status = 'CONFIRMED' and t.introducedOn between :from and :to",
                p);
    }

    /** rare-earth.3: talents or teams granted cultivation support, by the day of the grant. */
    public Tally cultivated(ReportPeriod p) {
        return tally(
                "select a.districtCode, a.decidedOn, 1 from SupportApplication a"
                        + " where a.measureNo = 3 and a.status = 'GRANTED' and a.decidedOn between :from and :to",
                p);
    }

    /** rare-earth.6: graduates enrolled at the training points funded for an enrolment year starting in the period. */
    public Tally graduates(ReportPeriod p) {
        return tally(
                "select a.districtCode, a.facts.periodStart, a.facts.quantity from SupportApplication a"
                        + " where a.measureNo = 6 and a.status = 'GRANTED' and a.facts.periodStart between :from and :to",
                p);
    }

    /** rare-earth.7: talents whose training was completed in the period. */
    public Tally trained(ReportPeriod p) {
        return tally(
                "select r.districtCode, r.completedOn, 1 from TrainingRecord r"
                        + " where r.completedOn between :from and :to",
                p);
    }

    /** rare-earth.9: key problems published in the period and not withdrawn. */
    public Tally problems(ReportPeriod p) {
        return tally(
                "select k.districtCode, k.publishedOn, 1 from KeyProblem k"
                        + " where k.status <> 'WITHDRAWN' and k.publishedOn between :from and :to",
                p);
    }

    private Tally tally(String jpql, ReportPeriod p) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class)
                .setParameter("from", p.from())
                .setParameter("to", p.to())
                .getResultList();
        return Tally.of(rows.stream()
                .map(r -> new Tally.Counted(
                        (String) r[0], (LocalDate) r[1], r[2] == null ? 0 : ((Number) r[2]).longValue()))
                .toList());
    }
}
