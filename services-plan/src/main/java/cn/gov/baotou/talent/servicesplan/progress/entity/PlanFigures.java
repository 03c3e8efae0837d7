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

/** The plan's rows for a period, each with its district (and day), for the reports to count and break down. */
@ApplicationScoped
public class PlanFigures {

    @PersistenceContext
    EntityManager em;

    public PlanFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public PlanFigures(EntityManager em) {
        this.em = em;
    }

    /** Nominees approved by meetings held in the period: (tier clause, district, meeting date, count). */
    public List<Object[]> approvedNominees(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select n.tierClauseId, n.districtCode, g.meetingDate, count(m) from Nominee m"
                                + " join m.nomination n join n.meeting g where m.outcome = :approved"
                                + " and g.meetingDate between :from and :to"
                                + " group by n.tierClauseId, n.districtCode, g.meetingDate",
                        Object[].class)
                .setParameter("approved", NomineeOutcome.APPROVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Service items recorded done in the period: (district, count). */
    public List<Object[]> servicesDone(Instant from, Instant to) {
        return em.createQuery(
                        "select s.districtCode, count(s) from NomineeService s where s.status = :done"
                                + " and s.updatedAt >= :from and s.updatedAt < :to group by s.districtCode",
                        Object[].class)
                .setParameter("done", ServiceStatus.DONE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Requests raised in the period: (status, district, day raised, count). */
    public List<Object[]> requests(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select r.status, r.districtCode, r.raisedOn, count(r) from ServiceRequest r"
                                + " where r.raisedOn between :from and :to group by r.status, r.districtCode, r.raisedOn",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Requests resolved in the period: (routed at, resolved at). */
    public List<Object[]> responseTimes(Instant from, Instant to) {
        return em.createQuery(
                        "select r.routedAt, r.resolvedAt from ServiceRequest r where r.resolvedAt >= :from"
                                + " and r.resolvedAt < :to and r.routedAt is not null",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Ratings given in the period. */
    public List<Integer> ratings(Instant from, Instant to) {
        return em.createQuery(
                        "select r.rating from ServiceRequest r where r.ratedAt >= :from and r.ratedAt < :to"
                                + " and r.rating is not null",
                        Integer.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The districts’ short names by code, to label breakdowns. */
    public Map<String, String> districtNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select d.code, d.shortName from District d", Object[].class)
                .getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }
}
