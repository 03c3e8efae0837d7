package cn.gov.baotou.talent.intake.report.entity;

import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The retention report's figures (intake.6), each a GROUP BY in the database over the report's period and district:
 * hires in their service period, departures with the months served, recoveries decided and booked per finance, and
 * annual evaluations by grade. Nothing here loads a hire; the row counts are bounded by degrees, districts and kinds.
 */
@ApplicationScoped
public class RetentionFigures {

    /** Hires of one degree and district whose service period overlaps the period, and what was paid to them by its end. */
    public record InService(
            Degree degree,
            String districtCode,
            long hires,
            long servingAtEnd,
            BigDecimal cityPaid,
            BigDecimal districtPaid) {

        InService paid(FinanceLevel level, BigDecimal amount) {
            return level == FinanceLevel.CITY
                    ? new InService(degree, districtCode, hires, servingAtEnd, amount, districtPaid)
                    : new InService(degree, districtCode, hires, servingAtEnd, cityPaid, amount);
        }
    }

    /** Departures of one kind and degree in the period, with the full months served (summed, least, most). */
    public record Departures(
            DepartureKind kind, Degree degree, long count, long monthsTotal, long monthsLeast, long monthsMost) {}

    /**
     * A district's recoveries: decided in the period (how many, how much), booked in the ledger in the period per
     * finance, and departures waiting for a decision at the period's end.
     */
    public record Recoveries(
            String districtCode,
            long decided,
            BigDecimal decidedYuan,
            BigDecimal cityBooked,
            BigDecimal districtBooked,
            long awaiting) {

        static Recoveries none(String districtCode) {
            return new Recoveries(districtCode, 0, NONE, NONE, NONE, 0);
        }

        Recoveries decided(long count, BigDecimal yuan) {
            return new Recoveries(districtCode, count, yuan, cityBooked, districtBooked, awaiting);
        }

        Recoveries booked(FinanceLevel level, BigDecimal yuan) {
            return level == FinanceLevel.CITY
                    ? new Recoveries(districtCode, decided, decidedYuan, yuan, districtBooked, awaiting)
                    : new Recoveries(districtCode, decided, decidedYuan, cityBooked, yuan, awaiting);
        }

        Recoveries awaiting(long count) {
            return new Recoveries(districtCode, decided, decidedYuan, cityBooked, districtBooked, count);
        }
    }

    /** How many evaluations recorded in the period gave the enterprise one grade and the talent another. */
    public record Grades(Grade enterprise, Grade talent, long count) {}

    /** No yuan, at the scale every amount has. */
    public static final BigDecimal NONE = new BigDecimal("0.00");

    private static final String IN_SERVICE = " h.status in :in and h.progress.agreementSignedOn <= :last"
            + " and h.progress.serviceUntil > :first"
            + " and (h.progress.departedOn is null or h.progress.departedOn >= :first)";

    @PersistenceContext
    EntityManager em;

    public RetentionFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public RetentionFigures(EntityManager em) {
        this.em = em;
    }

    /** Hires whose service period overlaps the period, by degree and district, with the subsidy paid by its end. */
    public List<InService> inService(ReportScope scope) {
        Map<List<Object>, InService> rows = new LinkedHashMap<>();
        for (Object[] r : query(
                        "select h.facts.degree, h.districtCode, count(h), sum(case when h.progress.serviceUntil > :last"
                                + " and (h.progress.departedOn is null or h.progress.departedOn > :last)"
                                + " then 1 else 0 end) from Hire h where" + IN_SERVICE + district(scope)
                                + " group by h.facts.degree, h.districtCode",
                        scope)
                .setParameter("in", HireStatus.BROUGHT_IN)
                .getResultList()) {
            rows.put(
                    List.of(r[0], r[1]),
                    new InService((Degree) r[0], (String) r[1], number(r[2]), number(r[3]), NONE, NONE));
        }
        for (Object[] r : query(
                        "select h.facts.degree, h.districtCode, p.financeLevel, sum(p.amount) from Hire h,"
                                + " FundingPayment p where p.grantId = h.progress.grantId and p.paidOn <= :last and"
                                + IN_SERVICE + district(scope)
                                + " group by h.facts.degree, h.districtCode, p.financeLevel",
                        scope)
                .setParameter("in", HireStatus.BROUGHT_IN)
                .getResultList()) {
            rows.computeIfPresent(List.of(r[0], r[1]), (k, row) -> row.paid((FinanceLevel) r[2], (BigDecimal) r[3]));
        }
        return List.copyOf(rows.values());
    }

    /** Departures in the period by kind and degree, with the full months served before leaving. */
    public List<Departures> departures(ReportScope scope) {
        String months = ServedMonths.expression();
        return query(
                        "select h.progress.departureKind, h.facts.degree, count(h), sum(" + months + "), min(" + months
                                + "), max(" + months + ") from Hire h where h.status = :departed"
                                + " and h.progress.departedOn between :first and :last" + district(scope)
                                + " group by h.progress.departureKind, h.facts.degree"
                                + " order by h.progress.departureKind, h.facts.degree",
                        scope)
                .setParameter("departed", HireStatus.DEPARTED)
                .getResultStream()
                .map(r -> new Departures(
                        (DepartureKind) r[0], (Degree) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5])))
                .toList();
    }

    /** Per district: recoveries decided in the period, booked in the ledger in the period, and still to decide. */
    public List<Recoveries> recoveries(ReportScope scope) {
        Map<String, Recoveries> rows = new TreeMap<>();
        for (Object[] r : query(
                        "select h.districtCode, count(h), sum(h.progress.recovery) from Hire h"
                                + " where h.progress.recoveryDecidedOn between :first and :last" + district(scope)
                                + " group by h.districtCode",
                        scope)
                .getResultList()) {
            update(rows, r[0], row -> row.decided(number(r[1]), r[2] == null ? NONE : (BigDecimal) r[2]));
        }
        for (Object[] r : query(
                        "select h.districtCode, r.financeLevel, sum(r.amount) from Hire h, FundingRecovery r"
                                + " where r.grantId = h.progress.grantId and r.decidedOn between :first and :last"
                                + district(scope) + " group by h.districtCode, r.financeLevel",
                        scope)
                .getResultList()) {
            update(rows, r[0], row -> row.booked((FinanceLevel) r[1], (BigDecimal) r[2]));
        }
        for (Object[] r : query(
                        "select h.districtCode, count(h) from Hire h where h.status = :departed"
                                + " and h.progress.departedOn <= :last and (h.progress.recoveryDecidedOn is null"
                                + " or h.progress.recoveryDecidedOn > :last)" + district(scope)
                                + " group by h.districtCode",
                        scope)
                .setParameter("departed", HireStatus.DEPARTED)
                .getResultList()) {
            update(rows, r[0], row -> row.awaiting(number(r[1])));
        }
        return List.copyOf(rows.values());
    }

    /** Evaluations recorded in the period, counted by the enterprise's grade and the talent's grade together. */
    public List<Grades> grades(ReportScope scope) {
        return query(
                        "select e.enterpriseGrade, e.talentGrade, count(e) from Evaluation e, Hire h"
                                + " where h.id = e.hireId and e.evaluatedOn between :first and :last" + district(scope)
                                + " group by e.enterpriseGrade, e.talentGrade",
                        scope)
                .getResultStream()
                .map(r -> new Grades((Grade) r[0], (Grade) r[1], number(r[2])))
                .toList();
    }

    /**
     * Evaluations due in the period and not recorded by its end, of hires who had not left by the due date: the
     * overdue ones (intake.6.2).
     */
    public long overdueEvaluations(ReportScope scope) {
        return bind(
                        em.createQuery(
                                "select count(e) from Evaluation e, Hire h where h.id = e.hireId"
                                        + " and e.dueOn between :first and :last"
                                        + " and (e.evaluatedOn is null or e.evaluatedOn > :last)"
                                        + " and (h.progress.departedOn is null or h.progress.departedOn > e.dueOn)"
                                        + district(scope),
                                Long.class),
                        scope)
                .getSingleResult();
    }

    /** The districts' names by code, to label the rows. */
    public Map<String, String> districtNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select d.code, d.name from District d order by d.code", Object[].class)
                .getResultStream()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private TypedQuery<Object[]> query(String jpql, ReportScope scope) {
        return bind(em.createQuery(jpql, Object[].class), scope);
    }

    /** Binds the period's days and the district to those of the query's parameters it names. */
    static <T> TypedQuery<T> bind(TypedQuery<T> q, ReportScope scope) {
        Set<String> names = q.getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
        if (names.contains("first")) {
            q.setParameter("first", scope.period().from());
        }
        if (names.contains("last")) {
            q.setParameter("last", scope.period().to());
        }
        if (names.contains("district")) {
            q.setParameter("district", scope.districtCode());
        }
        return q;
    }

    /** The district condition of a district's report; the whole city's has none. */
    static String district(ReportScope scope) {
        return scope.wholeCity() ? "" : " and h.districtCode = :district";
    }

    private static void update(Map<String, Recoveries> rows, Object district, UnaryOperator<Recoveries> change) {
        String code = (String) district;
        rows.put(code, change.apply(rows.getOrDefault(code, Recoveries.none(code))));
    }

    /** Counts and sums arrive as Long, Integer or (PostgreSQL's extract) BigDecimal. */
    static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }
}
