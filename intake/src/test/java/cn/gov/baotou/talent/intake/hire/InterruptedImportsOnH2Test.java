package cn.gov.baotou.talent.intake.hire;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.intake.hire.boundary.InterruptedImports;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import cn.gov.baotou.talent.intake.hire.entity.ImportStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An upload left running by a stopped instance is failed with the reason and its submitter told; a live instance's
 * running upload and finished ones are left alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedImportsOnH2Test {

    private static final Instant AT = Instant.parse("2026-06-15T01:00:00Z");
    private IntakeDatabase db;

    @BeforeAll
    void open() {
        db = new IntakeDatabase(TestDatabases.h2());
    }

    @AfterAll
    void close() {
        db.emf.close();
    }

    @Test
    void onlyWorkOfAStoppedInstanceIsFailedAndItsSubmitterTold() {
        long dead = upload("dead-0001", "magnet", "dead-boot", ImportStatus.IMPORTING);
        long old = upload("none-0001", "magnet", null, ImportStatus.CHECKING);
        long live = upload("live-0001", "hydrogen", "live-boot", ImportStatus.IMPORTING);
        long done = upload("done-0001", "magnet", "dead-boot", ImportStatus.IMPORTED);

        int failed = inTransaction(
                db.emf, em -> new InterruptedImports(new HireImports(em), db.notices, Clock.fixed(AT, ZoneOffset.UTC))
                        .failInterrupted(Set.of("live-boot", "this-boot")));

        assertThat(failed).isEqualTo(2);
        assertThat(row(dead).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(row(dead).failure()).isEqualTo("平台重启，导入中断，请重新提交");
        assertThat(row(dead).finishedAt()).isEqualTo(AT);
        assertThat(row(old).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(row(live).status()).isEqualTo(ImportStatus.IMPORTING);
        assertThat(row(done).status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(db.notices.sentTo)
                .extracting(TestNotices.SentTo::username)
                .containsExactlyInAnyOrder("magnet", "magnet");
        assertThat(db.notices.sentTo).anySatisfy(n -> assertThat(n.body()).contains("平台重启，导入中断，请重新提交", "dead-0001"));
    }

    private long upload(String ticket, String by, String boot, ImportStatus status) {
        return inTransaction(db.emf, em -> {
            long enterprise = em.createQuery("select min(e.id) from Enterprise e", Long.class)
                    .getSingleResult();
            HireImport i = new HireImport(ticket, enterprise, ticket + ".xlsx", by, AT.minusSeconds(600), boot);
            i.advance(status, 10, 10, 0);
            em.persist(i);
            return i.id();
        });
    }

    private HireImport row(long id) {
        return inTransaction(db.emf, em -> em.find(HireImport.class, id));
    }
}
