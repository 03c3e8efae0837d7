package cn.gov.baotou.talent.core.registry;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.setup.control.SchemaMigration;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The core schema and registry through Hibernate on a real database; run once on H2 and once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RegistryPersistenceContract {

    static final List<Class<?>> ENTITIES = List.of(
            District.class, Industry.class, Enterprise.class, Person.class, Policy.class, Clause.class, Revision.class);

    private DataSource dataSource;
    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        dataSource = TestDatabases.migrated(freshDatabase(), "core");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    @Order(1)
    void aSecondMigrationFindsTheSchemaUpToDate() {
        assertThat(SchemaMigration.migrate(dataSource, "core", getClass().getClassLoader()).migrationsExecuted)
                .isZero();
    }

    @Test
    @Order(2)
    void referenceDataIsLoadedOnceIntoAnEmptyDatabase() {
        assertThat((boolean) inTransaction(emf, em -> new SeedImport(em).importReferenceData()))
                .isTrue();
        assertThat((boolean) inTransaction(emf, em -> new SeedImport(em).importReferenceData()))
                .isFalse();
        assertThat(count("select count(*) from core_district")).isEqualTo(10);
        assertThat(count("select count(*) from core_clause where policy_id <> 'notice'"))
                .isEqualTo(62);
        Clause clause = inTransaction(emf, em -> em.find(Clause.class, "intake.3.1"));
        assertThat(clause.text()).contains("原则上引进博士年龄在 40 周岁以下");
        assertThat(clause.parentId()).isEqualTo("intake.3");
    }

    @Test
    @Order(3)
    void demoDataIsLoadedWithPersonalDataEncrypted() throws SQLException {
        assertThat((boolean) inTransaction(emf, em -> new SeedImport(em).importDemoData()))
                .isTrue();
        assertThat(count("select count(*) from core_enterprise")).isEqualTo(24);
        assertThat(count("select count(*) from core_person")).isEqualTo(40);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id_number_enc, phone_enc from core_person")) {
            while (r.next()) {
                assertThat(r.getString(1)).startsWith("v1:").doesNotContainPattern("\\d{17}[\\dX]");
                assertThat(r.getString(2)).doesNotStartWith("139");
            }
        }
        Person wang =
                inTransaction(emf, em -> em.createQuery("select p from Person p where p.name = '王堃'", Person.class)
                        .getSingleResult());
        assertThat(wang.idNumber().value()).isEqualTo("110108198603129013");
        assertThat(wang.phone()).isEqualTo("13900000001");
    }

    @Test
    @Order(4)
    void aPersonIsFoundByTheKeyedHashOfHisNumber() {
        String hash = Person.hashOf(IdCardNumber.of("110108198603129013"));
        Person found = inTransaction(
                emf, em -> em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                        .setParameter("h", hash)
                        .getSingleResult());
        assertThat(found.name()).isEqualTo("王堃");
    }

    @Test
    @Order(5)
    void aSecondEnterpriseWithTheSameCreditCodeIsRefusedAndNothingIsWritten() {
        long before = count("select count(*) from core_enterprise");
        assertThatThrownBy(() -> inTransaction(emf, em -> {
                    Enterprise copy = new Enterprise(
                            CreditCode.of("91150271MAYY0D013N"),
                            "重复登记的企业",
                            em.getReference(District.class, "150271"),
                            em.getReference(Industry.class, "NEW_MATERIALS"));
                    em.persist(copy);
                    em.flush();
                    return copy;
                }))
                .isInstanceOf(PersistenceException.class);
        assertThat(count("select count(*) from core_enterprise")).isEqualTo(before);
    }

    @Test
    @Order(6)
    void everyChangeToAnEnterpriseIsAuditedWithItsRevision() {
        inTransaction(emf, em -> {
            Enterprise e = em.createQuery(
                            "select e from Enterprise e where e.creditCode = '91150271MAYY0D013N'", Enterprise.class)
                    .getSingleResult();
            e.classify(true, false, null, null, e.keyProjectInvestmentYuan(), true);
            return e;
        });
        assertThat(count("select count(*) from core_enterprise_aud a join core_enterprise e on a.id = e.id"
                        + " where e.credit_code = '91150271MAYY0D013N'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from core_revision where username = 'system'"))
                .isGreaterThanOrEqualTo(2);
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
