package cn.gov.baotou.talent.core.parameter;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterVersions;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.control.VersionPlan;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Parameter versions stored, read by date and imported on a real database; run once on H2, once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ParameterPersistenceContract {

    static final List<Class<?>> ENTITIES =
            List.of(District.class, Industry.class, Policy.class, Clause.class, PolicyParameter.class, Revision.class);
    static final String HEADER = "policy,clause,key,type,value,unit,description,version,validFrom,validTo\n";
    static final String DOCTOR = "intake.subsidy.doctorYuan";

    private DataSource dataSource;
    private EntityManagerFactory emf;
    private int seeded;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    @Order(1)
    void the2022VersionIsLoadedOnceIntoAnEmptyTableAndAudited() {
        assertThat((boolean) inTransaction(emf, em -> new SeedImport(em).importParameters()))
                .isTrue();
        assertThat((boolean) inTransaction(emf, em -> new SeedImport(em).importParameters()))
                .isFalse();
        seeded = (int) count("select count(*) from core_parameter");
        assertThat(seeded).isGreaterThanOrEqualTo(60);
        assertThat(count("select count(distinct param_key) from core_parameter"))
                .isEqualTo(seeded);
        assertThat(count("select count(*) from core_parameter where version_label = '2022'"
                        + " and valid_from = date '2022-04-05' and valid_to = date '2025-12-31'"))
                .isEqualTo(seeded);
        assertThat(count("select count(*) from core_parameter_aud")).isEqualTo(seeded);
        assertThat(at(LocalDate.of(2024, 6, 1)).money(DOCTOR)).isEqualTo(Yuan.of("200000.00"));
        assertThat(at(LocalDate.of(2024, 6, 1)).clauseOf(DOCTOR)).isEqualTo("intake.3.2.1");
    }

    @Test
    @Order(2)
    void aParameterChangedForANewVersionChangesTheResultOnlyForTheDatesItCovers() {
        EntityManager otherInstance = emf.createEntityManager();
        try {
            PolicyParameters elsewhere = new PolicyParameters(otherInstance);
            assertThat(elsewhere.at(LocalDate.of(2026, 1, 1), "date").all()).isEmpty();

            VersionPlan plan = importOn(
                    LocalDate.of(2026, 11, 25),
                    HEADER + "intake,intake.3.2.1," + DOCTOR + ",MONEY,300000.00,元,博士研究生一次性补贴 30 万元,2026,"
                            + "2026-01-01,2026-12-31\n");
            assertThat(plan.added()).hasSize(1);
            assertThat(plan.closings()).isEmpty();

            assertThat(at(LocalDate.of(2025, 12, 31)).money(DOCTOR)).isEqualTo(Yuan.of("200000.00"));
            assertThat(at(LocalDate.of(2026, 1, 1)).money(DOCTOR)).isEqualTo(Yuan.of("300000.00"));
            assertThat(at(LocalDate.of(2026, 1, 1)).value(DOCTOR).version()).isEqualTo("2026");
            assertThat(at(LocalDate.of(2026, 1, 1)).clauseOf(DOCTOR)).isEqualTo("intake.3.2.1");
            assertThat(elsewhere.at(LocalDate.of(2026, 12, 31), "date").money(DOCTOR))
                    .isEqualTo(Yuan.of("300000.00"));
            assertThat(elsewhere.at(LocalDate.of(2025, 12, 31), "date").money(DOCTOR))
                    .isEqualTo(Yuan.of("200000.00"));
            assertThatThrownBy(() -> at(LocalDate.of(2026, 6, 1)).money("intake.subsidy.masterYuan"))
                    .isInstanceOf(ParameterNotCovered.class);
            assertThatThrownBy(() -> at(LocalDate.of(2027, 1, 1)).money(DOCTOR))
                    .isInstanceOf(ParameterNotCovered.class);
        } finally {
            otherInstance.close();
        }
        assertThat(count("select count(*) from core_parameter")).isEqualTo(seeded + 1);
    }

    @Test
    @Order(3)
    void aFileWithOneBadRowAmongGoodOnesWritesNothingAndNamesTheRowAndField() {
        long audited = count("select count(*) from core_parameter_aud");
        String file = HEADER
                + "intake,intake.3.1,intake.age.doctorMax,INTEGER,45,周岁,博士年龄上限,2027,2027-01-01,2027-12-31\n"
                + "intake,intake.3.2.1,intake.subsidy.masterYuan,MONEY,十五万,元,硕士补贴,2027,2027-01-01,2027-12-31\n"
                + "intake,intake.3.2.1," + DOCTOR + ",MONEY,320000.00,元,博士补贴,2027,2027-01-01,2027-12-31\n";
        InvalidInput refused =
                catchThrowableOfType(() -> importOn(LocalDate.of(2026, 11, 25), file), InvalidInput.class);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("row 3: intake.subsidy.masterYuan.value");
            assertThat(e.messageKey()).isEqualTo("parameter.value.MONEY");
            assertThat(e.arguments()).containsExactly("十五万");
        });
        assertThat(count("select count(*) from core_parameter")).isEqualTo(seeded + 1);
        assertThat(count("select count(*) from core_parameter_aud")).isEqualTo(audited);
        assertThatThrownBy(() -> at(LocalDate.of(2027, 6, 1)).integer("intake.age.doctorMax"))
                .isInstanceOf(ParameterNotCovered.class);
    }

    @Test
    @Order(4)
    void aNewerVersionBeginningAfterTodayClosesTheOlderOneTheDayBefore() {
        String file = HEADER + "intake,intake.3.2.1," + DOCTOR + ",MONEY,350000.00,元,博士研究生一次性补贴 35 万元,2026b,"
                + "2026-12-01,\n";
        VersionPlan plan = importOn(LocalDate.of(2026, 11, 25), file);
        assertThat(plan.closings()).singleElement().satisfies(c -> {
            assertThat(c.stored().version()).isEqualTo("2026");
            assertThat(c.lastDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        assertThat(at(LocalDate.of(2026, 11, 30)).money(DOCTOR)).isEqualTo(Yuan.of("300000.00"));
        assertThat(at(LocalDate.of(2026, 12, 1)).money(DOCTOR)).isEqualTo(Yuan.of("350000.00"));
        assertThat(at(LocalDate.of(2030, 1, 1)).money(DOCTOR)).isEqualTo(Yuan.of("350000.00"));
        List<ParameterValue> versions =
                inTransaction(emf, em -> new ParameterVersions(em, clock(TestClock.TODAY)).versions(DOCTOR));
        assertThat(versions)
                .extracting(ParameterValue::period)
                .containsExactly("2022-04-05…2025-12-31", "2026-01-01…2026-11-30", "2026-12-01…");
        // the audit trail keeps the 2026 row's end before and after
        assertThat(count("select count(*) from core_parameter_aud a join core_parameter p on a.id = p.id"
                        + " where p.version_label = '2026' and p.param_key = '" + DOCTOR + "'"))
                .isEqualTo(2);
        // the same file again would replace that version from its first day: refused
        assertThatThrownBy(() -> importOn(LocalDate.of(2026, 11, 25), file)).isInstanceOf(InvalidInput.class);
    }

    @Test
    @Order(5)
    void twoImportsAtOnceFollowOneAnotherSoTheSecondSeesTheFirst() throws Exception {
        String first = HEADER + "intake,intake.3.1,intake.age.masterMax,INTEGER,32,周岁,硕士年龄上限,2028a,2028-01-01,"
                + "2028-12-31\n";
        // ends before the first: once the first is seen, taking over from it would leave October to December empty
        String second = HEADER + "intake,intake.3.1,intake.age.masterMax,INTEGER,33,周岁,硕士年龄上限,2028b,2028-06-01,"
                + "2028-09-30\n";
        CountDownLatch firstChecked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<VersionPlan> a = threads.submit(() -> inTransaction(emf, em -> {
                VersionPlan plan = new ParameterVersions(em, clock(LocalDate.of(2026, 11, 25))).importFile(first);
                firstChecked.countDown();
                pause(300);
                return plan;
            }));
            firstChecked.await(10, TimeUnit.SECONDS);
            Future<VersionPlan> b = threads.submit(() -> importOn(LocalDate.of(2026, 11, 25), second));
            assertThat(a.get(10, TimeUnit.SECONDS).added()).hasSize(1);
            assertThatThrownBy(() -> b.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(InvalidInput.class)
                    .cause()
                    .hasMessageContaining("parameter.overlap.gap");
        } finally {
            threads.shutdownNow();
        }
        assertThat(count("select count(*) from core_parameter where param_key = 'intake.age.masterMax'"))
                .isEqualTo(2);
    }

    @Test
    @Order(6)
    void noTwoRowsOfOneKeyOverlapInTheTable() {
        assertThat(count("select count(*) from core_parameter a join core_parameter b"
                        + " on a.param_key = b.param_key and a.id < b.id"
                        + " where a.valid_from <= coalesce(b.valid_to, date '9999-12-31')"
                        + " and b.valid_from <= coalesce(a.valid_to, date '9999-12-31')"))
                .isZero();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private VersionPlan importOn(LocalDate today, String file) {
        return inTransaction(emf, em -> new ParameterVersions(em, clock(today)).importFile(file));
    }

    private static Clock clock(LocalDate today) {
        return Clock.fixed(today.atStartOfDay(Beijing.ZONE).plusHours(10).toInstant(), Beijing.ZONE);
    }

    private Parameters at(LocalDate date) {
        return inTransaction(emf, em -> new PolicyParameters(em).at(date, "date"));
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
