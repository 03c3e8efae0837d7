package cn.gov.baotou.talent.rareearth.measure.entity;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The money of the measures as the core ledger holds it: grants booked on each rare-earth clause, and — for measure 2,
 * which is intake's subsidy — the PhD and master subsidies of rare-earth 规上 enterprises under either policy.
 */
@ApplicationScoped
public class MeasureFunding {

    public static final String INTRO_SUBSIDY = "TALENT_INTRO_SUBSIDY";

    @PersistenceContext
    EntityManager em;

    public MeasureFunding() {}

    /** For use outside the container (tests). */
    public MeasureFunding(EntityManager em) {
        this.em = em;
    }

    /** Cases booked and the money committed and paid so far. */
    public record Figures(long grants, Yuan committed, Yuan paid) {

        public static final Figures NONE = new Figures(0, Yuan.ZERO, Yuan.ZERO);
    }

    /** The figures of every rare-earth clause that has grants, by clause id; measure 2 from the intake subsidies. */
    public Map<String, Figures> byClause() {
        Map<String, Object> paid = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select g.clauseId, sum(p.amount) from FundingPayment p, FundingGrant g"
                                + " where p.grantId = g.id and g.policyId = 'rare-earth' group by g.clauseId",
                        Object[].class)
                .getResultList()) {
            paid.put((String) r[0], r[1]);
        }
        Map<String, Figures> out = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select g.clauseId, count(g), sum(g.total) from FundingGrant g"
                                + " where g.policyId = 'rare-earth' group by g.clauseId",
                        Object[].class)
                .getResultList()) {
            out.put((String) r[0], figures(r[1], r[2], paid.get((String) r[0])));
        }
        out.put("rare-earth.2", rareEarthIntake());
        return out;
    }

    /** 博士硕士引进 subsidies (whichever policy booked them) of persons at rare-earth 规上 enterprises. */
    Figures rareEarthIntake() {
        String of = " from FundingGrant g, Enterprise e where e.id = g.enterpriseId and g.purpose = :p"
                + " and e.rareEarth = true and e.aboveDesignatedSize = true";
        Object[] r = em.createQuery("select count(g), sum(g.total)" + of, Object[].class)
                .setParameter("p", INTRO_SUBSIDY)
                .getSingleResult();
        Object paid = em.createQuery(
                        "select coalesce(sum(p.amount), 0) from FundingPayment p where p.grantId in (select g.id" + of
                                + ")",
                        BigDecimal.class)
                .setParameter("p", INTRO_SUBSIDY)
                .getSingleResult();
        return figures(r[0], r[1], paid);
    }

    private static Figures figures(Object count, Object committed, Object paid) {
        return new Figures(
                ((Number) count).longValue(),
                committed == null ? Yuan.ZERO : new Yuan((BigDecimal) committed),
                paid == null ? Yuan.ZERO : new Yuan(new BigDecimal(paid.toString())));
    }
}
