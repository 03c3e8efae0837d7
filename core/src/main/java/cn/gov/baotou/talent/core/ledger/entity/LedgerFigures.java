package cn.gov.baotou.talent.core.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ledger summed for the funds report, in the database (group by), never row by row: what was committed (by the
 * signing day of the grant), paid and recovered in a period, by finance and by policy and clause; and the shares
 * unpaid past their due date as of a day. Every query takes an optional district (a district's report sees only its
 * own grants).
 */
@ApplicationScoped
public class LedgerFigures {

    private static final String IN_DISTRICT = " and (:district is null or g.districtCode = :district)";
    private static final String UNPAID_ON = " and g.dueDate < :asOf and g.status <> :recovered"
            + " and not exists (select p.id from FundingPayment p where p.grantId = g.id"
            + " and p.financeLevel = :level and p.paidOn <= :asOf)";

    @PersistenceContext
    EntityManager em;

    public LedgerFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public LedgerFigures(EntityManager em) {
        this.em = em;
    }

    /** A sum: how many and how much, for a finance ({@code CITY} or a district code) or a policy's clause. */
    public record Sum(String key, String detail, long count, BigDecimal yuan) {

        public Sum {
            yuan = yuan == null ? BigDecimal.ZERO.setScale(2) : yuan;
        }
    }

    /** A finance's shares unpaid past due: how many, how much, and since when (the earliest due date). */
    public record Unpaid(String finance, long count, BigDecimal yuan, LocalDate earliestDue) {}

    /** One overdue share for the report's list. */
    public record UnpaidShare(
            long grantId,
            FinanceLevel level,
            String districtCode,
            String policyId,
            String clauseId,
            String purpose,
            Long enterpriseId,
            String sourceReference,
            BigDecimal yuan,
            LocalDate dueDate) {}

    /** Committed in the period, by finance: the city's shares, then each district's. */
    public List<Sum> committedByFinance(LocalDate from, LocalDate to, String district) {
        List<Sum> sums = new ArrayList<>();
        Object[] city = period(
                        em.createQuery(
                                "select count(g), sum(g.cityShare) from FundingGrant g where g.cityShare > 0"
                                        + " and g.basisDate between :from and :to" + IN_DISTRICT,
                                Object[].class),
                        from,
                        to,
                        district)
                .getSingleResult();
        sums.add(new Sum(FinanceLevel.CITY.name(), null, (Long) city[0], (BigDecimal) city[1]));
        for (Object[] r : period(
                        em.createQuery(
                                "select g.districtCode, count(g), sum(g.districtShare) from FundingGrant g"
                                        + " where g.districtShare > 0 and g.basisDate between :from and :to"
                                        + IN_DISTRICT + " group by g.districtCode",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList()) {
            sums.add(new Sum((String) r[0], null, (Long) r[1], (BigDecimal) r[2]));
        }
        return sums;
    }

    /** Paid in the period, by finance: {@code CITY}, or the district whose finance paid. */
    public List<Sum> paidByFinance(LocalDate from, LocalDate to, String district) {
        return byFinance("FundingPayment", "paidOn", from, to, district);
    }

    /** Recovered (decided) in the period, by the finance the money goes back to. */
    public List<Sum> recoveredByFinance(LocalDate from, LocalDate to, String district) {
        return byFinance("FundingRecovery", "decidedOn", from, to, district);
    }

    /** Committed in the period by policy and clause (the measure): count and total. */
    public List<Sum> committedByClause(LocalDate from, LocalDate to, String district) {
        return sums(period(
                        em.createQuery(
                                "select g.policyId, g.clauseId, count(g), sum(g.total) from FundingGrant g"
                                        + " where g.basisDate between :from and :to" + IN_DISTRICT
                                        + " group by g.policyId, g.clauseId",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList());
    }

    public List<Sum> paidByClause(LocalDate from, LocalDate to, String district) {
        return byClause("FundingPayment", "paidOn", from, to, district);
    }

    public List<Sum> recoveredByClause(LocalDate from, LocalDate to, String district) {
        return byClause("FundingRecovery", "decidedOn", from, to, district);
    }

    /** The shares unpaid past due on {@code asOf}, summed by finance. */
    public List<Unpaid> unpaidByFinance(LocalDate asOf, String district) {
        List<Unpaid> out = new ArrayList<>();
        Object[] city = unpaid(
                        em.createQuery(
                                "select count(g), sum(g.cityShare), min(g.dueDate) from FundingGrant g"
                                        + " where g.cityShare > 0" + UNPAID_ON + IN_DISTRICT,
                                Object[].class),
                        FinanceLevel.CITY,
                        asOf,
                        district)
                .getSingleResult();
        if ((Long) city[0] > 0) {
            out.add(new Unpaid(FinanceLevel.CITY.name(), (Long) city[0], (BigDecimal) city[1], (LocalDate) city[2]));
        }
        for (Object[] r : unpaid(
                        em.createQuery(
                                "select g.districtCode, count(g), sum(g.districtShare), min(g.dueDate)"
                                        + " from FundingGrant g where g.districtShare > 0" + UNPAID_ON + IN_DISTRICT
                                        + " group by g.districtCode",
                                Object[].class),
                        FinanceLevel.DISTRICT,
                        asOf,
                        district)
                .getResultList()) {
            out.add(new Unpaid((String) r[0], (Long) r[1], (BigDecimal) r[2], (LocalDate) r[3]));
        }
        return out;
    }

    /** At most {@code max} shares unpaid past due on {@code asOf}, the longest overdue first. */
    public List<UnpaidShare> unpaidShares(LocalDate asOf, String district, int max) {
        List<UnpaidShare> out = new ArrayList<>();
        for (FinanceLevel level : FinanceLevel.values()) {
            String share = level == FinanceLevel.CITY ? "g.cityShare" : "g.districtShare";
            for (Object[] r : unpaid(
                            em.createQuery(
                                    "select g.id, g.districtCode, g.policyId, g.clauseId, g.purpose, g.enterpriseId,"
                                            + " g.sourceReference, " + share + ", g.dueDate from FundingGrant g where "
                                            + share + " > 0" + UNPAID_ON + IN_DISTRICT + " order by g.dueDate, g.id",
                                    Object[].class),
                            level,
                            asOf,
                            district)
                    .setMaxResults(max)
                    .getResultList()) {
                out.add(new UnpaidShare(
                        (Long) r[0],
                        level,
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Long) r[5],
                        (String) r[6],
                        (BigDecimal) r[7],
                        (LocalDate) r[8]));
            }
        }
        out.sort(Comparator.comparing(UnpaidShare::dueDate).thenComparing(UnpaidShare::grantId));
        return out.size() > max ? out.subList(0, max) : out;
    }

    private List<Sum> byFinance(String entity, String day, LocalDate from, LocalDate to, String district) {
        List<Sum> sums = new ArrayList<>();
        for (Object[] r : period(
                        em.createQuery(
                                "select x.financeLevel, g.districtCode, count(x), sum(x.amount) from " + entity
                                        + " x, FundingGrant g where x.grantId = g.id and x." + day
                                        + " between :from and :to" + IN_DISTRICT
                                        + " group by x.financeLevel, g.districtCode",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList()) {
            String finance = r[0] == FinanceLevel.CITY ? FinanceLevel.CITY.name() : (String) r[1];
            sums.add(new Sum(finance, null, (Long) r[2], (BigDecimal) r[3]));
        }
        return merged(sums);
    }

    private List<Sum> byClause(String entity, String day, LocalDate from, LocalDate to, String district) {
        return sums(period(
                        em.createQuery(
                                "select g.policyId, g.clauseId, count(x), sum(x.amount) from " + entity
                                        + " x, FundingGrant g where x.grantId = g.id and x." + day
                                        + " between :from and :to" + IN_DISTRICT + " group by g.policyId, g.clauseId",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList());
    }

    private static List<Sum> sums(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new Sum((String) r[0], (String) r[1], (Long) r[2], (BigDecimal) r[3]))
                .toList();
    }

    /** The city's rows come once per district from the grouping: one row for the city. */
    private static List<Sum> merged(List<Sum> sums) {
        List<Sum> out = new ArrayList<>();
        for (Sum s : sums) {
            int i = indexOf(out, s.key());
            if (i < 0) {
                out.add(s);
            } else {
                Sum o = out.get(i);
                out.set(
                        i,
                        new Sum(o.key(), null, o.count() + s.count(), o.yuan().add(s.yuan())));
            }
        }
        return out;
    }

    private static int indexOf(List<Sum> sums, String key) {
        for (int i = 0; i < sums.size(); i++) {
            if (sums.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> TypedQuery<T> period(TypedQuery<T> q, LocalDate from, LocalDate to, String district) {
        return q.setParameter("from", from).setParameter("to", to).setParameter("district", district);
    }

    private static <T> TypedQuery<T> unpaid(TypedQuery<T> q, FinanceLevel level, LocalDate asOf, String district) {
        return q.setParameter("asOf", asOf)
                .setParameter("level", level)
                .setParameter("recovered", GrantStatus.RECOVERED)
                .setParameter("district", district);
    }
}
