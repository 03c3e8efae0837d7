package cn.gov.baotou.talent.core.talent;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.talent.entity.TalentEntry;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.core.testing.SeededCore;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A talent is recorded once per source, and counted by programme, year and rare-earth enterprises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TalentRecordsContract {

    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void seed() {
        emf = SeededCore.open(freshDatabase());
        // magnet (rare earth, 规上) and a key-project energy enterprise that is no rare-earth one
        record("hire-1", "91150271MAYY0D013N", 1, "DOCTOR", "2022-06-10");
        record("hire-2", "91150271MAYY0D013N", 2, "MASTER", "2022-07-01");
        record("hire-3", nonRareEarth(), 3, "DOCTOR", "2022-08-01");
        record("hire-4", "91150271MAYY0D013N", 4, "DOCTOR", "2023-01-05");
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void theSameSourceIsRecordedOnce() {
        record("hire-1", "91150271MAYY0D013N", 1, "DOCTOR", "2022-06-10");
        long rows = inTransaction(emf, em -> em.createQuery(
                        "select count(r) from TalentRecord r where r.sourceRef =" + " 'hire-1'", Long.class)
                .getSingleResult());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void countsByCategoryInAYearAllAndRareEarthOnly() {
        assertThat(counts(false)).containsEntry("DOCTOR", 2L).containsEntry("MASTER", 1L);
        assertThat(counts(true)).containsEntry("DOCTOR", 1L).containsEntry("MASTER", 1L);
    }

    private Map<String, Long> counts(boolean rareEarthOnly) {
        List<Object[]> rows = inTransaction(emf, em -> new TalentRecords(em)
                .countByCategory(
                        "INTAKE", LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"), rareEarthOnly));
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private void record(String ref, String creditCode, long personId, String category, String on) {
        inTransaction(emf, em -> {
            Enterprise e = em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                    .setParameter("c", creditCode)
                    .getSingleResult();
            long person = em.createQuery("select p.id from Person p order by p.id", Long.class)
                    .setFirstResult((int) personId - 1)
                    .setMaxResults(1)
                    .getSingleResult();
            return new TalentRecords(em)
                    .record(new TalentEntry(
                            person,
                            e.id(),
                            e.district().code(),
                            "INTAKE",
                            category,
                            "intake",
                            "intake.3.1",
                            "intake",
                            ref,
                            LocalDate.parse(on)));
        });
    }

    private String nonRareEarth() {
        return inTransaction(emf, em -> em.createQuery(
                        "select e.creditCode from Enterprise e where e.rareEarth =" + " false order by e.id",
                        String.class)
                .setMaxResults(1)
                .getSingleResult());
    }
}
