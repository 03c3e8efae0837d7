package cn.gov.baotou.talent.servicesplan.figures.entity;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.flow.entity.Words;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Figures as the caller may see them (an enterprise its own, a district office its district's, the city all). */
@ApplicationScoped
public class EnterpriseFigures {

    private static final String FROM = "select f from EnterpriseFigure f join fetch f.enterprise e where ";

    @PersistenceContext
    EntityManager em;

    public EnterpriseFigures() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public EnterpriseFigures(EntityManager em) {
        this.em = em;
    }

    public Optional<EnterpriseFigure> visible(long id, Visibility v, boolean lock) {
        return v.bind(em.createQuery(
                                FROM + "f.id = :id and " + v.condition("f.districtCode", "e.id"),
                                EnterpriseFigure.class)
                        .setParameter("id", id)
                        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE))
                .getResultStream()
                .findFirst();
    }

    /** The columns a list of figures can be sorted by. */
    public static final Map<String, String> COLUMNS = Map.of(
            "enterprise", "e.name",
            "district", "f.districtCode",
            "year", "f.fiscalYear",
            "basis", "f.basis",
            "amount", "f.amountYuan",
            "status", "f.status",
            "enteredAt", "f.enteredAt");

    public static final ListOrder NEWEST_YEARS = new ListOrder("year", true);

    /** The visible figures, optionally of one status and year, the newest years first. */
    public List<EnterpriseFigure> search(Visibility v, FigureStatus status, Integer year, int first, int max) {
        return search(v, FigureFilter.of(status, year), NEWEST_YEARS, first, max);
    }

    /** A page of the visible figures the filter lets through, in the order asked for. */
    public List<EnterpriseFigure> search(Visibility v, FigureFilter f, ListOrder order, int first, int max) {
        return filtered(v, f, FROM, order.orderBy(COLUMNS, "f.id"), EnterpriseFigure.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Visibility v, FigureStatus status) {
        return count(v, FigureFilter.of(status, null));
    }

    public long count(Visibility v, FigureFilter f) {
        return filtered(v, f, "select count(f) from EnterpriseFigure f join f.enterprise e where ", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(Visibility v, FigureFilter f, String select, String orderBy, Class<T> type) {
        return v.bind(em.createQuery(
                        select + v.condition("f.districtCode", "e.id")
                                + " and (:status is null or f.status = :status)"
                                + " and (:year is null or f.fiscalYear = :year)"
                                + " and (:basis is null or f.basis = :basis)"
                                + " and (:district is null or f.districtCode = :district)"
                                + " and (:text is null or e.name like :text" + Words.ESCAPE + ")"
                                + orderBy,
                        type)
                .setParameter("status", f.status())
                .setParameter("year", f.year())
                .setParameter("basis", f.basis())
                .setParameter("district", f.districtCode())
                .setParameter("text", Words.pattern(f.text())));
    }

    public Optional<EnterpriseFigure> of(long enterpriseId, int year, Basis basis) {
        return em.createQuery(
                        "select f from EnterpriseFigure f where f.enterprise.id = :e and f.fiscalYear = :y"
                                + " and f.basis = :b",
                        EnterpriseFigure.class)
                .setParameter("e", enterpriseId)
                .setParameter("y", year)
                .setParameter("b", basis)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** An enterprise's confirmed amounts of one basis, by year: what its quota is decided from. */
    public Map<Integer, Yuan> confirmed(long enterpriseId, Basis basis) {
        Map<Integer, Yuan> byYear = new HashMap<>();
        em.createQuery(
                        "select f from EnterpriseFigure f where f.enterprise.id = :e and f.basis = :b"
                                + " and f.status = :s",
                        EnterpriseFigure.class)
                .setParameter("e", enterpriseId)
                .setParameter("b", basis)
                .setParameter("s", FigureStatus.CONFIRMED)
                .getResultList()
                .forEach(f -> byYear.put(f.year(), f.amount()));
        return byYear;
    }

    /** The enterprises with a confirmed figure of one of the years: who may have a quota the year after. */
    public List<Long> enterprisesConfirmedIn(int fromYear, int toYear) {
        return em.createQuery(
                        "select distinct f.enterprise.id from EnterpriseFigure f where f.status = :s"
                                + " and f.fiscalYear between :from and :to",
                        Long.class)
                .setParameter("s", FigureStatus.CONFIRMED)
                .setParameter("from", fromYear)
                .setParameter("to", toYear)
                .getResultList();
    }

    public void add(EnterpriseFigure f) {
        em.persist(f);
    }
}
