package cn.gov.baotou.talent.servicesplan.progress.entity;

import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeOutcome;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The services report's rows, grouped in the database: the nominations filed in the period (by the day applied) with
 * their nominees and those nominees' service items, and the service requests raised in the period (by the day raised),
 * each in its current state; narrowed to one district in every query when {@code district} is given.
 */
@ApplicationScoped
public class ReportRows {

    private static final String NOMINATIONS =
            " where n.appliedOn between :from and :to and (:district is null or n.districtCode = :district)";
    private static final String REQUESTS =
            " where r.raisedOn between :from and :to and (:district is null or r.districtCode = :district)";

    @PersistenceContext
    EntityManager em;

    public ReportRows() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ReportRows(EntityManager em) {
        this.em = em;
    }

    /** (district, basis, quota, status, nominations, nominees, nominees approved). */
    public List<Object[]> nominations(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select n.districtCode, n.basis, n.quota, n.status, count(distinct n.id), count(m.id),"
                                + " sum(case when m.outcome = :approved then 1 else 0 end)"
                                + " from Nomination n left join n.nominees m" + NOMINATIONS
                                + " group by n.districtCode, n.basis, n.quota, n.status",
                        Object[].class)
                .setParameter("approved", NomineeOutcome.APPROVED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** The service items of the nominees of those nominations: (item code, status, count). */
    public List<Object[]> serviceItems(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select s.itemCode, s.status, count(s) from NomineeService s join s.nominee m"
                                + " join m.nomination n" + NOMINATIONS + " group by s.itemCode, s.status",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /**
     * (module, status, requests, sum of ratings, ratings, open past the deadline on {@code today}, resolved after the
     * deadline).
     */
    public List<Object[]> requests(LocalDate from, LocalDate to, String district, LocalDate today) {
        return em.createQuery(
                        "select r.module, r.status, count(r), sum(r.rating), count(r.rating),"
                                + " sum(case when r.status in (:open) and r.deadline < :today then 1 else 0 end),"
                                + " sum(case when r.resolvedOn > r.deadline then 1 else 0 end)"
                                + " from ServiceRequest r" + REQUESTS + " group by r.module, r.status",
                        Object[].class)
                .setParameter("open", List.of(RequestStatus.ROUTED, RequestStatus.IN_PROGRESS))
                .setParameter("today", today)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }

    /** The resolved ones by the day routed and the day resolved: (module, routed on, resolved on, count). */
    public List<Object[]> responseDays(LocalDate from, LocalDate to, String district) {
        return em.createQuery(
                        "select r.module, r.routedOn, r.resolvedOn, count(r) from ServiceRequest r" + REQUESTS
                                + " and r.routedOn is not null and r.resolvedOn is not null"
                                + " group by r.module, r.routedOn, r.resolvedOn",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("district", district)
                .getResultList();
    }
}
