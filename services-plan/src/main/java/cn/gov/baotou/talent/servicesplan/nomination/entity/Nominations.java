package cn.gov.baotou.talent.servicesplan.nomination.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.flow.entity.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nominations as the caller may see them (an enterprise its own, a district office its district's, the city office
 * all), and the counts the quota is checked against.
 */
@ApplicationScoped
public class Nominations {

    private static final String LIVE = " and n.status <> :returned and m.outcome <> :notApproved and n.id <> :exclude";

    @PersistenceContext
    EntityManager em;

    public Nominations() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Nominations(EntityManager em) {
        this.em = em;
    }

    public Optional<Nomination> visible(long id, Visibility v, boolean lock) {
        return v.bind(em.createQuery(
                                "select n from Nomination n join fetch n.enterprise e where n.id = :id and "
                                        + v.condition("n.districtCode", "e.id"),
                                Nomination.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /** The columns a list of nominations can be sorted by. */
    public static final Map<String, String> COLUMNS = Map.of(
            "number", "n.id",
            "enterprise", "e.name",
            "district", "n.districtCode",
            "appliedOn", "n.appliedOn",
            "year", "n.quotaYear",
            "quota", "n.quota",
            "status", "n.status");

    public static final ListOrder LATEST = new ListOrder("appliedOn", true);

    /** The visible nominations, optionally of one status and quota year, the latest filed first. */
    public List<Nomination> search(Visibility v, NominationStatus status, Integer year, int first, int max) {
        return search(v, NominationFilter.of(status, year), LATEST, first, max);
    }

    /** A page of the visible nominations the filter lets through, in the order asked for. */
    public List<Nomination> search(Visibility v, NominationFilter f, ListOrder order, int first, int max) {
        return filtered(
                        v,
                        f,
                        "select n from Nomination n join fetch n.enterprise e where ",
                        order.orderBy(COLUMNS, "n.id"),
                        Nomination.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Visibility v, NominationStatus status) {
        return count(v, NominationFilter.of(status, null));
    }

    public long count(Visibility v, NominationFilter f) {
        return filtered(v, f, "select count(n) from Nomination n join n.enterprise e where ", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(Visibility v, NominationFilter f, String select, String orderBy, Class<T> type) {
        return v.bind(em.createQuery(
                        select + v.condition("n.districtCode", "e.id")
                                + " and (:status is null or n.status = :status)"
                                + " and (:year is null or n.quotaYear = :year)"
                                + " and (:district is null or n.districtCode = :district)"
                                + " and (:text is null or e.name like :text" + Words.ESCAPE + ")"
                                + orderBy,
                        type)
                .setParameter("status", f.status())
                .setParameter("year", f.year())
                .setParameter("district", f.districtCode())
                .setParameter("text", Words.pattern(f.text())));
    }

    /**
     * The people an enterprise has nominated for a year and still counts against its quota: all but those of a returned
     * nomination, those the meeting did not approve, and those of {@code excludeId}.
     */
    public int counted(long enterpriseId, int year, Long excludeId) {
        return em.createQuery(
                        "select count(m) from Nominee m join m.nomination n where n.enterprise.id = :e"
                                + " and n.quotaYear = :y" + LIVE,
                        Long.class)
                .setParameter("e", enterpriseId)
                .setParameter("y", year)
                .setParameter("exclude", excludeId == null ? -1L : excludeId)
                .setParameter("returned", NominationStatus.RETURNED)
                .setParameter("notApproved", NomineeOutcome.NOT_APPROVED)
                .getSingleResult()
                .intValue();
    }

    /** Whether the person stands in another live nomination of the year, of any enterprise. */
    public boolean nominatedElsewhere(long personId, int year, Long excludeId) {
        return em.createQuery(
                                "select count(m) from Nominee m join m.nomination n where m.person.id = :p"
                                        + " and n.quotaYear = :y" + LIVE,
                                Long.class)
                        .setParameter("p", personId)
                        .setParameter("y", year)
                        .setParameter("exclude", excludeId == null ? -1L : excludeId)
                        .setParameter("returned", NominationStatus.RETURNED)
                        .setParameter("notApproved", NomineeOutcome.NOT_APPROVED)
                        .getSingleResult()
                > 0;
    }

    /** The enterprises that filed a nomination in the window that starts on the day. */
    public List<Long> enterprisesFiledIn(LocalDate windowStart) {
        return em.createQuery("select distinct n.enterprise.id from Nomination n where n.windowStart = :w", Long.class)
                .setParameter("w", windowStart)
                .getResultList();
    }

    /**
     * The nomination with its nominees, their persons and its meeting read, so that it can be shown after the
     * transaction (the pages and the API build their views from it).
     */
    public static Nomination loaded(Nomination n) {
        n.nominees().forEach(m -> m.person().name());
        if (n.meeting() != null) {
            n.meeting().meetingDate();
        }
        return n;
    }

    public void add(Nomination n) {
        em.persist(n);
    }

    public void add(Meeting m) {
        em.persist(m);
    }
}
