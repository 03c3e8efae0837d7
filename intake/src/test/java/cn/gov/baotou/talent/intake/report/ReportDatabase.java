package cn.gov.baotou.talent.intake.report;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.ledger.LedgerSeeds;
import cn.gov.baotou.talent.core.ledger.boundary.CommittedRows;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.boundary.PersonForm;
import cn.gov.baotou.talent.core.registry.boundary.PersonRegistry;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.registry.entity.Persons;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.talent.entity.TalentRecord;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.hire.boundary.HireDemoData;
import cn.gov.baotou.talent.intake.hire.boundary.IntakeProgress;
import cn.gov.baotou.talent.intake.hire.boundary.IntakeTargets;
import cn.gov.baotou.talent.intake.hire.entity.Evaluation;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireService;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import cn.gov.baotou.talent.intake.report.boundary.IntakeReportSections;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A database migrated with core's and intake's schemas, holding the reference data, the demo registry, the calendar,
 * the 2022 parameters and the demo account of the city office; the demo hires are loaded through intake's own
 * loader, and the report sources read them, each call in a transaction of its own as in the server.
 */
final class ReportDatabase {

    static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Revision.class,
            Account.class,
            CalendarYear.class,
            CalendarDay.class,
            PolicyParameter.class,
            FundingGrant.class,
            FundingPayment.class,
            FundingRecovery.class,
            Document.class,
            ActivityEntry.class,
            JointAgreement.class,
            Hire.class,
            HireService.class,
            Evaluation.class,
            TalentRecord.class);
    /** The day the report tests read the demo on: after the demo's last step. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), Beijing.ZONE);

    final DataSource dataSource;
    final EntityManagerFactory emf;
    final Path files;

    ReportDatabase(DataSource fresh) {
        dataSource = TestDatabases.migrated(fresh, "core", "intake");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
        inTransaction(emf, em -> {
            em.persist(new Account(
                    "city", "市委人才办 张主任", Role.CITY_OFFICE, AccountScope.CITY, "not-a-hash", Instant.EPOCH, true));
            return null;
        });
        try {
            files = Files.createTempDirectory("intake-report-documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the demo hires as the server does at start-up; returns the CPU time it took, in milliseconds. */
    long loadDemoHires() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        inTransaction(emf, em -> {
            demo(em).loadDemoData();
            return null;
        });
        return (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }

    <T> T sections(Function<IntakeReportSections, T> work) {
        return inTransaction(emf, em -> work.apply(new IntakeReportSections(em)));
    }

    <T> T progress(Function<IntakeProgress, T> work) {
        return inTransaction(emf, em -> work.apply(new IntakeProgress(new HiresBroughtIn(em), standards(em))));
    }

    /** Intake's targets API as the city office reads it. */
    <T> T targets(Function<IntakeTargets, T> work) {
        return inTransaction(
                emf,
                em -> work.apply(new IntakeTargets(
                        new HiresBroughtIn(em),
                        standards(em),
                        cn.gov.baotou.talent.core.testing.Callers.cityOffice())));
    }

    <T> T read(Function<EntityManager, T> work) {
        return inTransaction(emf, work);
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String text(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void close() {
        emf.close();
    }

    private HireDemoData demo(EntityManager em) {
        return new HireDemoData(
                em,
                persons(em),
                registry(),
                standards(em),
                LedgerSeeds.purposes(),
                new CommittedRows(emf),
                new DocumentFiles(files));
    }

    private static IntakeStandards standards(EntityManager em) {
        return new IntakeStandards(
                new PolicyParameters(em),
                new Enterprises() {
                    @Override
                    public List<Industry> industries() {
                        return em.createQuery(
                                        "select i from Industry i order by i.keyIndustry desc, i.code", Industry.class)
                                .getResultList();
                    }
                },
                TODAY);
    }

    /** Core's person lookup over the test's entity manager, by the keyed hash of the number as the bean does it. */
    private static Persons persons(EntityManager em) {
        return new Persons() {
            @Override
            public Optional<Person> byIdNumber(IdCardNumber number) {
                return em.createQuery("select p from Person p where p.idNumberHash = :h", Person.class)
                        .setParameter("h", Person.hashOf(number))
                        .getResultStream()
                        .findFirst();
            }
        };
    }

    /** The demo registers its new persons itself: the registry is never asked. */
    private static PersonRegistry registry() {
        return new PersonRegistry() {
            @Override
            public Person register(PersonForm form) {
                throw new AssertionError("the demo hires register their persons before submitting them");
            }
        };
    }
}
