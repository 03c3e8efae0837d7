package cn.gov.baotou.talent.core.audit;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.AuditHistory;
import cn.gov.baotou.talent.core.audit.boundary.RevisionView;
import cn.gov.baotou.talent.core.audit.control.FieldChange;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.CreditCode;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The history of records as the city office reads it, from what Envers kept; once on H2, once on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditPersistenceContract {

    static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Account.class,
            CalendarYear.class,
            CalendarDay.class,
            Revision.class);

    private EntityManagerFactory emf;

    abstract DataSource freshDatabase();

    @BeforeAll
    void migrate() {
        emf = TestDatabases.entityManagerFactory(TestDatabases.migrated(freshDatabase(), "core"), ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void anEnterpriseChangedTwiceHasThreeRevisionsWithEachFieldBeforeAndAfter() {
        long id = inTransaction(emf, em -> {
            Enterprise e = new Enterprise(
                    CreditCode.of("91150271MAYY0D013N"),
                    "包头示范稀土永磁材料有限公司",
                    em.getReference(District.class, "150271"),
                    em.getReference(Industry.class, "NEW_MATERIALS"));
            em.persist(e);
            return e.id();
        });
        inTransaction(emf, em -> {
            em.find(Enterprise.class, id)
                    .classify(true, true, "GR202215000123", LocalDate.of(2025, 12, 14), BigDecimal.ZERO, true);
            return null;
        });
        inTransaction(emf, em -> {
            em.find(Enterprise.class, id).classify(true, false, null, null, new BigDecimal("1000000000"), true);
            return null;
        });

        List<RevisionView> history = history("enterprise", String.valueOf(id));

        assertThat(history).extracting(RevisionView::kind).containsExactly("ADD", "MODIFY", "MODIFY");
        assertThat(history).extracting(RevisionView::username).containsOnly("system");
        assertThat(history).extracting(RevisionView::revision).isSorted().doesNotHaveDuplicates();
        assertThat(history.get(0).at())
                .isBeforeOrEqualTo(history.get(2).at())
                .isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(history.get(0).changes())
                .containsExactly(
                        new FieldChange("creditCode", null, "91150271MAYY0D013N"),
                        new FieldChange("name", null, "包头示范稀土永磁材料有限公司"),
                        new FieldChange("district", null, "150271"),
                        new FieldChange("industry", null, "NEW_MATERIALS"),
                        new FieldChange("aboveDesignatedSize", null, "false"),
                        new FieldChange("highTech", null, "false"),
                        new FieldChange("keyProjectInvestmentYuan", null, "0.00"),
                        new FieldChange("rareEarth", null, "false"),
                        new FieldChange("industrial", null, "true"));
        assertThat(history.get(1).changes())
                .containsExactly(
                        new FieldChange("aboveDesignatedSize", "false", "true"),
                        new FieldChange("highTech", "false", "true"),
                        new FieldChange("highTechCertificateNo", null, "GR202215000123"),
                        new FieldChange("highTechValidTo", null, "2025-12-14"),
                        new FieldChange("rareEarth", "false", "true"));
        assertThat(history.get(2).changes())
                .containsExactly(
                        new FieldChange("highTech", "true", "false"),
                        new FieldChange("highTechCertificateNo", "GR202215000123", null),
                        new FieldChange("highTechValidTo", "2025-12-14", null),
                        new FieldChange("keyProjectInvestmentYuan", "0.00", "1000000000.00"));
    }

    @Test
    void personalDataInHistoryIsMaskedEvenForADeletedPerson() {
        long id = inTransaction(emf, em -> {
            Person p = new Person("王堃", IdCardNumber.of("110108198603129013"), null, "13900000001");
            em.persist(p);
            return p.id();
        });
        inTransaction(emf, em -> {
            em.remove(em.find(Person.class, id));
            return null;
        });

        List<RevisionView> history = history("person", String.valueOf(id));

        assertThat(history).extracting(RevisionView::kind).containsExactly("ADD", "DELETE");
        assertThat(history.get(0).changes())
                .contains(
                        new FieldChange("name", null, "王堃"),
                        new FieldChange("idNumber", null, "110108********9013"),
                        new FieldChange("birthDate", null, "1986-03-12"),
                        new FieldChange("phone", null, "139****0001"));
        assertThat(history.get(1).changes())
                .contains(
                        new FieldChange("idNumber", "110108********9013", null),
                        new FieldChange("phone", "139****0001", null));
        assertThat(history.toString()).doesNotContain("110108198603129013", "13900000001");
    }

    @Test
    void anAccountsHistoryNeverShowsItsPasswordHash() {
        long id = inTransaction(emf, em -> {
            Account a = new Account(
                    "kundulun2",
                    "昆都仑区人才办",
                    Role.DISTRICT_OFFICE,
                    AccountScope.district("150203"),
                    "h1",
                    TestClock.CLOCK.instant(),
                    false);
            em.persist(a);
            return a.id();
        });
        inTransaction(emf, em -> {
            Account a = em.find(Account.class, id);
            a.disable();
            a.changePassword("h2", TestClock.CLOCK.instant().plusSeconds(60));
            return null;
        });

        List<RevisionView> history = history("account", String.valueOf(id));

        assertThat(history).extracting(RevisionView::kind).containsExactly("ADD", "MODIFY");
        assertThat(history.get(1).changes()).extracting(FieldChange::field).contains("enabled", "passwordChangedAt");
        assertThat(history)
                .flatExtracting(RevisionView::changes)
                .extracting(FieldChange::field)
                .doesNotContain("passwordHash", "failedAttempts", "lockedUntil");
    }

    @Test
    void calendarDaysAndYearsHaveAHistoryByTheirOwnKeys() {
        assertThat(history("calendar-day", "2025-10-01")).singleElement().satisfies(r -> assertThat(r.changes())
                .contains(new FieldChange("offDay", null, "true")));
        assertThat(history("calendar-year", "2025"))
                .extracting(RevisionView::kind)
                .containsExactly("ADD");
    }

    @Test
    void anUnknownTypeAMalformedIdOrANeverStoredRecordIsNotFound() {
        assertNotFound("invoice", "1", "audit.type.notFound");
        assertNotFound("Enterprise", "1", "audit.type.notFound");
        assertNotFound("enterprise", "abc", "audit.record.notFound");
        assertNotFound("enterprise", "999999", "audit.record.notFound");
        assertNotFound("calendar-day", "2025-13-01", "audit.record.notFound");
        assertNotFound("calendar-year", null, "audit.record.notFound");
    }

    private void assertNotFound(String type, String id, String key) {
        assertThatThrownBy(() -> history(type, id))
                .as("%s %s", type, id)
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private List<RevisionView> history(String type, String id) {
        return inTransaction(emf, em -> new AuditHistory(em).of(type, id));
    }
}
