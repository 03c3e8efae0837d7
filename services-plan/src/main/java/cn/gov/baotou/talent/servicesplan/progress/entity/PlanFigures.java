package cn.gov.baotou.talent.servicesplan.progress.entity;

import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeOutcome;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's rows for a period, each with its district (and day), for the targets to count and break down; grouped in
 * the database, and narrowed to one district there when {@code district} is given (null: the whole city).
 */
@ApplicationScoped
public class PlanFigures {

    private static final String IN_DISTRICT = " and (:district is null or %s = :district)";

    @PersistenceContext
    EntityManager em;

    public PlanFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public PlanFigures(EntityManager em) {
        this.em = em;
    }

    /** Nominees approved by meetings held in the period: (tier clause, district, meeting date, count). */
    public List<Object[]> approvedNominees(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select n.tierClauseId, n.districtCode, g.meetingDate, count(m) from Nominee m"
                                + " join m.nomination n join n.meeting g where m.outcome = :approved"
                                + " and g.meetingDate between :from and :to" + in("n.districtCode")
                                + " group by n.tierClauseId, n.districtCode, g.meetingDate",
                        Object[].class)
                .setParameter("approved", NomineeOutcome.APPROVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** Service items recorded done in the period: (district, count). */
    public List<Object[]> servicesDone(Instant from, Instant to, String district) {
        return em.createQuery(
                        "select s.districtCode, count(s) from NomineeService s where s.status = :done"
                                + " and s.updatedAt >= :from and s.updatedAt < :to" + in("s.districtCode")
                                + " group by s.districtCode",
                        Object[].class)
                .setParameter("done", ServiceStatus.DONE)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** Requests raised in the period: (status, district, day raised, count). */
    public List<Object[]> requests(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select r.status, r.districtCode, r.raisedOn, count(r) from ServiceRequest r"
                                + " where r.raisedOn between :from and :to" + in("r.districtCode")
                                + " group by r.status, r.districtCode, r.raisedOn",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** Requests resolved in the period, by the day routed and the day resolved: (routed on, resolved on, count). */
    public List<Object[]> responseDays(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select r.routedOn, r.resolvedOn, count(r) from ServiceRequest r"
                                + " where r.resolvedOn between :from and :to and r.routedOn is not null"
                                + in("r.districtCode") + " group by r.routedOn, r.resolvedOn",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** Ratings given in the period: (sum of the ratings, how many). */
    public Object[] ratings(Instant from, Instant to, String district) {
        return em.createQuery(
                        "select sum(r.rating), count(r.rating) from ServiceRequest r where r.ratedAt >= :from"
                                + " and r.ratedAt < :to" + in("r.districtCode"),
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getSingleResult();
    }

    /** The districts’ short names by code, to label breakdowns. */
    public Map<String, String> districtNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select d.code, d.shortName from District d", Object[].class)
                .getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private static String in(String path) {
        return String.format(IN_DISTRICT, path);
    }
}
