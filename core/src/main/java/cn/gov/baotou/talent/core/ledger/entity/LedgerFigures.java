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
    private static final String UNPAID_ON =
            " and g.dueDate < :asOf and g.dueProvisional = false and g.status <> :recovered"
                    + " and not exists (select p.id from FundingPayment p where p.grantId = g.id"
                    + " and p.financeLevel = :level and p.paidOn <= :asOf)";

    @PersistenceContext
    EntityManager em;

    public LedgerFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public LedgerFigures(EntityManager em) {
        this.em = em;
    }

    /**
     * Money moved in a period, summed by finance level, district, policy and clause: what one finance committed, paid
     * or got back of one measure's grants in one district; {@code level} null for the grants as a whole.
     */
    public record Flow(
            FinanceLevel level, String districtCode, String policyId, String clauseId, long count, BigDecimal yuan) {

        public Flow {
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

    /**
     * Committed in the period (by the grant's signing day), in one pass over the grants: per district, policy and
     * clause, the city's shares, the district's shares and the grants as a whole.
     */
    public List<Flow> committed(LocalDate from, LocalDate to, String district) {
        List<Flow> flows = new ArrayList<>();
        for (Object[] r : period(
                        em.createQuery(
                                "select g.districtCode, g.policyId, g.clauseId,"
                                        + " sum(case when g.cityShare > 0 then 1 else 0 end), sum(g.cityShare),"
                                        + " sum(case when g.districtShare > 0 then 1 else 0 end), sum(g.districtShare),"
                                        + " count(g), sum(g.total) from FundingGrant g"
                                        + " where g.basisDate between :from and :to" + IN_DISTRICT
                                        + " group by g.districtCode, g.policyId, g.clauseId",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList()) {
            String d = (String) r[0];
            String policy = (String) r[1];
            String clause = (String) r[2];
            flows.add(new Flow(FinanceLevel.CITY, d, policy, clause, count(r[3]), (BigDecimal) r[4]));
            flows.add(new Flow(FinanceLevel.DISTRICT, d, policy, clause, count(r[5]), (BigDecimal) r[6]));
            flows.add(new Flow(null, d, policy, clause, count(r[7]), (BigDecimal) r[8]));
        }
        return flows;
    }

    /** Paid in the period (by the day paid), per finance level, district, policy and clause. */
    public List<Flow> paid(LocalDate from, LocalDate to, String district) {
        return flows("FundingPayment", "paidOn", from, to, district);
    }

    /** Recovered in the period (by the day decided), per finance level, district, policy and clause. */
    public List<Flow> recovered(LocalDate from, LocalDate to, String district) {
        return flows("FundingRecovery", "decidedOn", from, to, district);
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

    private List<Flow> flows(String entity, String day, LocalDate from, LocalDate to, String district) {
        List<Flow> flows = new ArrayList<>();
        for (Object[] r : period(
                        em.createQuery(
                                "select x.financeLevel, g.districtCode, g.policyId, g.clauseId, count(x), sum(x.amount)"
                                        + " from " + entity + " x, FundingGrant g where x.grantId = g.id and x." + day
                                        + " between :from and :to" + IN_DISTRICT
                                        + " group by x.financeLevel, g.districtCode, g.policyId, g.clauseId",
                                Object[].class),
                        from,
                        to,
                        district)
                .getResultList()) {
            flows.add(new Flow(
                    (FinanceLevel) r[0], (String) r[1], (String) r[2], (String) r[3], count(r[4]), (BigDecimal) r[5]));
        }
        return flows;
    }

    private static long count(Object n) {
        return n == null ? 0L : ((Number) n).longValue();
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
