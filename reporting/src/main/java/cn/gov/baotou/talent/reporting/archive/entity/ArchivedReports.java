package cn.gov.baotou.talent.reporting.archive.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The archive: months claimed and reports kept. Rows are added, never changed or removed. */
@ApplicationScoped
public class ArchivedReports {

    @PersistenceContext
    EntityManager em;

    public ArchivedReports() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ArchivedReports(EntityManager em) {
        this.em = em;
    }

    /** The months already archived (or being archived by a transaction that has claimed them). */
    public List<YearMonth> months() {
        return em.createQuery("select m.period from ArchiveMonth m", String.class).getResultList().stream()
                .map(YearMonth::parse)
                .toList();
    }

    public boolean archived(YearMonth month) {
        return em.find(ArchiveMonth.class, month.toString()) != null;
    }

    /**
     * Claims the month: the row is written at once, so a concurrent archiver of the same month fails on its primary
     * key (after this transaction commits) instead of archiving it twice.
     */
    public void claim(ArchiveMonth month) {
        em.persist(month);
        em.flush();
    }

    public void add(ArchivedReport report) {
        em.persist(report);
    }

    public Optional<ArchivedReport> byId(long id) {
        return Optional.ofNullable(em.find(ArchivedReport.class, id));
    }

    /** Every archived report, the latest month first, each month's reports in the order of the report kinds. */
    public List<ArchivedReport> all() {
        return em.createQuery("select a from ArchivedReport a", ArchivedReport.class).getResultList().stream()
                .sorted(Comparator.comparing(ArchivedReport::month).reversed().thenComparing(a -> a.kind()
                        .ordinal()))
                .toList();
    }
}
