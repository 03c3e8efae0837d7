package cn.gov.baotou.talent.core.audit;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A case's activity feed: written in the transition's transaction, read in time order; once on H2, once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ActivityPersistenceContract {

    static final Instant SIGNED = Instant.parse("2022-06-01T02:00:00Z");

    private DataSource dataSource;
    private EntityManagerFactory emf;
    private final AtomicInteger ticks = new AtomicInteger();

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(dataSource, List.of(ActivityEntry.class, Document.class));
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void aCasesTransitionsAreReadBackInTheOrderTheyHappened() {
        inTransaction(emf, em -> {
            ActivityLog log = log(em, "kundulun");
            log.record("intake.hire", 7, "submit", null, "SUBMITTED", null);
            log.record("intake.hire", 8, "submit", null, "SUBMITTED", "另一个事项");
            return null;
        });
        inTransaction(emf, em -> log(em, "city")
                .record("intake.hire", 7, "verify", "SUBMITTED", "VERIFIED", "  学位经教育部留学服务中心认证，符合条件。 "));
        inTransaction(emf, em -> log(em, "city").record("intake.hire", 7, "return", "VERIFIED", "SUBMITTED", null));

        List<ActivityView> feed = feed("intake.hire", 7);

        assertThat(feed).extracting(ActivityView::action).containsExactly("submit", "verify", "return");
        assertThat(feed).extracting(ActivityView::actor).containsExactly("kundulun", "city", "city");
        assertThat(feed).extracting(ActivityView::at).isSorted();
        assertThat(feed.get(1).fromState()).isEqualTo("SUBMITTED");
        assertThat(feed.get(1).toState()).isEqualTo("VERIFIED");
        assertThat(feed.get(1).reason()).isEqualTo("学位经教育部留学服务中心认证，符合条件。");
        assertThat(feed.get(0).reason()).isNull();
        assertThat(feed.get(0).beijingTime()).matches("2022-06-01 10:\\d\\d");
        assertThat(feed("intake.hire", 8)).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("另一个事项"));
        assertThat(feed("services-plan.nomination", 7)).isEmpty();
    }

    @Test
    void anEntryIsKeptOnlyIfItsTransitionIs() {
        long before = count();
        assertThatThrownBy(() -> inTransaction(emf, em -> {
                    log(em, "city").record("intake.subsidy", 1, "pay", "DUE", "PAID", null);
                    throw new IllegalStateException("the payment failed after the entry was written");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anEntryIsRefusedOutsideATransaction() {
        long before = count();
        EntityManager em = emf.createEntityManager();
        try {
            assertThatThrownBy(() -> log(em, "city").record("intake.hire", 1, "verify", "SUBMITTED", "VERIFIED", null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("transaction");
        } finally {
            em.close();
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTooLongOpinionIsRefusedByFieldAndBadCodesByTheProgrammer() {
        assertThatThrownBy(() -> inTransaction(
                        emf, em -> log(em, "city").record("intake.hire", 1, "reject", "A", "B", "意".repeat(2001))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("reason");
                            assertThat(f.messageKey()).isEqualTo("activity.reason.tooLong");
                            assertThat(f.arguments()).containsExactly("2000");
                        }));
        for (String caseType : new String[] {"hire", "Intake.Hire", "intake.", "intake hire", null}) {
            assertThatThrownBy(
                            () -> inTransaction(emf, em -> log(em, "city").record(caseType, 1, "a", null, null, null)))
                    .as(caseType)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(
                        () -> inTransaction(emf, em -> log(em, "city").record("intake.hire", 1, "", null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        inTransaction(emf, em -> log(em, "city").record("intake.hire", 1, "a", "in state", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<ActivityView> feed(String caseType, long caseId) {
        return inTransaction(emf, em -> log(em, "anyone").entries(caseType, caseId));
    }

    private ActivityLog log(EntityManager em, String actor) {
        // a clock that moves a minute per entry, so that the order is the order of time
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return SIGNED.plusSeconds(60L * ticks.getAndIncrement());
            }
        };
        return new ActivityLog(em, () -> actor, clock);
    }

    private long count() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from core_activity")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
