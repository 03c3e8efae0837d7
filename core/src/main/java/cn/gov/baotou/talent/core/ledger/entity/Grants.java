package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Grants as the caller may see them: every query filters by the caller's visibility, a district by the grant's
 * district, an enterprise by the enterprise whose case it is (its own grants and its people's).
 */
@ApplicationScoped
public class Grants {

    private static final String SCOPE_DISTRICT = "g.districtCode";
    private static final String SCOPE_ENTERPRISE = "g.enterpriseId";

    @PersistenceContext
    EntityManager em;

    public Grants() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public Grants(EntityManager em) {
        this.em = em;
    }

    public Optional<FundingGrant> visible(long id, Visibility v) {
        return byId(id, v, LockModeType.NONE);
    }

    /**
     * The grant, locked until the transaction ends: payments, recoveries and new terms of one grant happen one after
     * another, each seeing what the one before wrote.
     */
    public Optional<FundingGrant> lockVisible(long id, Visibility v) {
        return byId(id, v, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The grant a beneficiary holds for a purpose, locked when it is to be weighed against a new offer. */
    public Optional<FundingGrant> held(BeneficiaryKind kind, long beneficiaryId, String purpose, boolean lock) {
        return em.createQuery(
                        "select g from FundingGrant g where g.beneficiaryKind = :k and g.beneficiaryId = :b"
                                + " and g.purpose = :p",
                        FundingGrant.class)
                .setParameter("k", kind)
                .setParameter("b", beneficiaryId)
                .setParameter("p", purpose)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst();
    }

    /**
     * What a beneficiary holds under one per-year purpose in every year but {@code exceptBooked} (the booked code of
     * the year being weighed): the totals of those grants less what was recovered of them. For a measure whose cap
     * runs over the years (rare-earth.5's 同一人补助最高不超过10万元); 资金支持不重复 is still the unique booking per year.
     */
    public Yuan heldInOtherYears(BeneficiaryKind kind, long beneficiaryId, String purposeCode, String exceptBooked) {
        BigDecimal granted = em.createQuery(
                        "select coalesce(sum(g.total), 0) from FundingGrant g where g.beneficiaryKind = :k"
                                + " and g.beneficiaryId = :b and g.purpose like :p and g.purpose <> :except",
                        BigDecimal.class)
                .setParameter("k", kind)
                .setParameter("b", beneficiaryId)
                .setParameter("p", purposeCode + "%")
                .setParameter("except", exceptBooked)
                .getSingleResult();
        BigDecimal recovered = em.createQuery(
                        "select coalesce(sum(r.amount), 0) from FundingRecovery r where r.grantId in"
                                + " (select g.id from FundingGrant g where g.beneficiaryKind = :k"
                                + " and g.beneficiaryId = :b and g.purpose like :p and g.purpose <> :except)",
                        BigDecimal.class)
                .setParameter("k", kind)
                .setParameter("b", beneficiaryId)
                .setParameter("p", purposeCode + "%")
                .setParameter("except", exceptBooked)
                .getSingleResult();
        return new Yuan(granted.subtract(recovered));
    }

    /**
     * Every grant still to be paid whose due date was counted on provisional days, locked: the ones a holiday notice
     * counts again. Not filtered by scope: the recount is the platform's, for everyone.
     */
    public List<FundingGrant> provisionallyDue() {
        return em.createQuery(
                        "select g from FundingGrant g where g.dueProvisional = true and g.status in :paying"
                                + " order by g.id",
                        FundingGrant.class)
                .setParameter("paying", List.of(GrantStatus.COMMITTED, GrantStatus.PARTLY_PAID))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** A page of the visible grants, newest first, optionally of one district and in one status. */
    public List<FundingGrant> search(Visibility v, String districtCode, GrantStatus status, int first, int max) {
        return filtered(
                        "select g from FundingGrant g where ",
                        " order by g.id desc",
                        FundingGrant.class,
                        v,
                        districtCode,
                        status)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Visibility v, String districtCode, GrantStatus status) {
        return filtered("select count(g) from FundingGrant g where ", "", Long.class, v, districtCode, status)
                .getSingleResult();
    }

    /** The visible grants whose share of {@code level} is unpaid after its due date, the longest overdue first. */
    public List<FundingGrant> unpaidPastDue(FinanceLevel level, Visibility v, LocalDate today) {
        return v.bind(em.createQuery(
                                "select g from FundingGrant g where " + unpaidPastDue(level, v)
                                        + " order by g.dueDate, g.id",
                                FundingGrant.class)
                        .setParameter("level", level)
                        .setParameter("today", today)
                        .setParameter("paying", List.of(GrantStatus.COMMITTED, GrantStatus.PARTLY_PAID)))
                .getResultList();
    }

    public long countUnpaidPastDue(FinanceLevel level, Visibility v, LocalDate today) {
        return v.bind(em.createQuery("select count(g) from FundingGrant g where " + unpaidPastDue(level, v), Long.class)
                        .setParameter("level", level)
                        .setParameter("today", today)
                        .setParameter("paying", List.of(GrantStatus.COMMITTED, GrantStatus.PARTLY_PAID)))
                .getSingleResult();
    }

    public void add(FundingGrant g) {
        em.persist(g);
    }

    /**
     * A provisional due date (预计) is never overdue: the year's holiday notice may still move it later; it is counted
     * again, and then can be, once the notice is entered.
     */
    private static String unpaidPastDue(FinanceLevel level, Visibility v) {
        String share = level == FinanceLevel.CITY ? "g.cityShare" : "g.districtShare";
        return v.condition(SCOPE_DISTRICT, SCOPE_ENTERPRISE)
                + " and g.dueDate < :today and g.dueProvisional = false and g.status in :paying and "
                + share + " > 0 and not exists (select p.id from FundingPayment p"
                + " where p.grantId = g.id and p.financeLevel = :level)";
    }

    private Optional<FundingGrant> byId(long id, Visibility v, LockModeType lock) {
        return v.bind(em.createQuery(
                                "select g from FundingGrant g where g.id = :id and "
                                        + v.condition(SCOPE_DISTRICT, SCOPE_ENTERPRISE),
                                FundingGrant.class)
                        .setParameter("id", id)
                        .setLockMode(lock))
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> filtered(
            String select, String order, Class<T> type, Visibility v, String districtCode, GrantStatus status) {
        return v.bind(em.createQuery(
                        select + v.condition(SCOPE_DISTRICT, SCOPE_ENTERPRISE)
                                + " and (:district is null or g.districtCode = :district)"
                                + " and (:status is null or g.status = :status)" + order,
                        type)
                .setParameter("district", districtCode)
                .setParameter("status", status));
    }
}
