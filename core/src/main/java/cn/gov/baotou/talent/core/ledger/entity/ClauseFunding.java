package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's money summed by clause, for a module's boards and report sections without reading the ledger's tables:
 * grants booked (with each finance's share), what each finance paid, what was recovered — within a district and a
 * period when asked: grants by the day they rest on (basis date), payments by the day paid, recoveries by the day
 * decided. City-wide sums: the module asking answers for who may read them.
 */
@ApplicationScoped
public class ClauseFunding {

    @PersistenceContext
    EntityManager em;

    public ClauseFunding() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ClauseFunding(EntityManager em) {
        this.em = em;
    }

    /** A district (null: the whole city) and the days, both included (null: without limit). */
    public record Within(String districtCode, LocalDate from, LocalDate to) {

        public static final Within ALL = new Within(null, null, null);
    }

    /** Grants booked and their money: committed in all and by finance, paid by each finance, recovered. */
    public record Figures(
            long grants,
            Yuan committed,
            Yuan committedCity,
            Yuan committedDistrict,
            Yuan paidCity,
            Yuan paidDistrict,
            Yuan recovered) {

        public static final Figures NONE =
                new Figures(0, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);

        public Yuan paid() {
            return paidCity.plus(paidDistrict);
        }

        public Figures plus(Figures o) {
            return new Figures(
                    grants + o.grants,
                    committed.plus(o.committed),
                    committedCity.plus(o.committedCity),
                    committedDistrict.plus(o.committedDistrict),
                    paidCity.plus(o.paidCity),
                    paidDistrict.plus(o.paidDistrict),
                    recovered.plus(o.recovered));
        }
    }

    /** The figures of a policy's grants by the clause they were booked on ({@code rare-earth.5} → figures). */
    public Map<String, Figures> byClause(String policyId, Within within) {
        return sums("g.policyId = :policy", Map.of("policy", policyId), within);
    }

    /**
     * The figures of the grants for one purpose, whichever policy booked them; with {@code rareEarthAboveSize} only
     * those whose enterprise the registry flags as a rare-earth 规上 enterprise.
     */
    public Figures ofPurpose(String purpose, boolean rareEarthAboveSize, Within within) {
        String condition = "g.purpose = :purpose"
                + (rareEarthAboveSize
                        ? " and g.enterpriseId in (select e.id from Enterprise e"
                                + " where e.rareEarth = true and e.aboveDesignatedSize = true)"
                        : "");
        return sums(condition, Map.of("purpose", purpose), within).values().stream()
                .reduce(Figures.NONE, Figures::plus);
    }

    private Map<String, Figures> sums(String grantCondition, Map<String, Object> parameters, Within w) {
        String where = " where " + grantCondition + (w.districtCode() == null ? "" : " and g.districtCode = :district");
        Map<String, Figures> out = new HashMap<>();
        for (Object[] r : rows(
                "select g.clauseId, count(g), sum(g.total), sum(g.cityShare), sum(g.districtShare)"
                        + " from FundingGrant g" + where + period("g.basisDate", w) + " group by g.clauseId",
                parameters,
                w)) {
            out.put(
                    (String) r[0],
                    new Figures(
                            ((Number) r[1]).longValue(),
                            yuan(r[2]),
                            yuan(r[3]),
                            yuan(r[4]),
                            Yuan.ZERO,
                            Yuan.ZERO,
                            Yuan.ZERO));
        }
        for (Object[] r : rows(
                "select g.clauseId, p.financeLevel, sum(p.amount) from FundingPayment p, FundingGrant g"
                        + where + " and p.grantId = g.id" + period("p.paidOn", w)
                        + " group by g.clauseId, p.financeLevel",
                parameters,
                w)) {
            boolean city = r[1] == FinanceLevel.CITY;
            Figures paid = new Figures(
                    0,
                    Yuan.ZERO,
                    Yuan.ZERO,
                    Yuan.ZERO,
                    city ? yuan(r[2]) : Yuan.ZERO,
                    city ? Yuan.ZERO : yuan(r[2]),
                    Yuan.ZERO);
            out.merge((String) r[0], paid, Figures::plus);
        }
        for (Object[] r : rows(
                "select g.clauseId, sum(r.amount) from FundingRecovery r, FundingGrant g" + where
                        + " and r.grantId = g.id" + period("r.decidedOn", w) + " group by g.clauseId",
                parameters,
                w)) {
            Figures recovered = new Figures(0, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, yuan(r[1]));
            out.merge((String) r[0], recovered, Figures::plus);
        }
        return out;
    }

    private static String period(String day, Within w) {
        return (w.from() == null ? "" : " and " + day + " >= :from")
                + (w.to() == null ? "" : " and " + day + " <= :to");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Object[]> rows(String jpql, Map<String, Object> parameters, Within w) {
        Query q = em.createQuery(jpql);
        parameters.forEach(q::setParameter);
        if (w.districtCode() != null) {
            q.setParameter("district", w.districtCode());
        }
        if (w.from() != null) {
            q.setParameter("from", w.from());
        }
        if (w.to() != null) {
            q.setParameter("to", w.to());
        }
        return q.getResultList();
    }

    private static Yuan yuan(Object sum) {
        return sum == null ? Yuan.ZERO : new Yuan(new BigDecimal(sum.toString()));
    }
}
