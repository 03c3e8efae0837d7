package cn.gov.baotou.talent.intake.hire;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.control.ContentType;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.document.entity.StoredFile;
import cn.gov.baotou.talent.core.ledger.LedgerSeeds;
import cn.gov.baotou.talent.core.ledger.boundary.CommittedRows;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.talent.entity.TalentRecord;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.intake.agreement.boundary.JointAgreementDesk;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreements;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.hire.boundary.HireDesk;
import cn.gov.baotou.talent.intake.hire.boundary.HireDeskParts;
import cn.gov.baotou.talent.intake.hire.boundary.HireImportDesk;
import cn.gov.baotou.talent.intake.hire.boundary.ImportLimits;
import cn.gov.baotou.talent.intake.hire.boundary.ImportProgress;
import cn.gov.baotou.talent.intake.hire.boundary.PaidSubsidies;
import cn.gov.baotou.talent.intake.hire.entity.Evaluation;
import cn.gov.baotou.talent.intake.hire.entity.Evaluations;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import cn.gov.baotou.talent.intake.hire.entity.HireService;
import cn.gov.baotou.talent.intake.hire.entity.HireServices;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A database migrated with core's and intake's schemas, holding the reference data, the demo registry, the calendar
 * and the 2022 parameters; and intake's boundaries over it, each call in a transaction of its own as in the server.
 */
final class IntakeDatabase {

    static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Revision.class,
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
            TalentRecord.class,
            HireImport.class);

    final DataSource dataSource;
    final EntityManagerFactory emf;
    final TestNotices notices = new TestNotices();

    IntakeDatabase(DataSource fresh) {
        dataSource = TestDatabases.migrated(fresh, "core", "intake");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
    }

    /** Work through the hire desk as {@code caller} on {@code day}, in one transaction of its own. */
    <T> T hires(Caller caller, String day, Function<HireDesk, T> work) {
        return inTransaction(emf, em -> work.apply(new HireDesk(parts(em, caller, clock(day)))));
    }

    /**
     * An upload through the import desk as {@code caller} on {@code day}, as in the server: the import in one
     * transaction (with {@code hires} standing in for the repository, to fail on purpose), its progress in
     * transactions of their own through {@code progress}.
     */
    <T> T imports(
            Caller caller,
            String day,
            ImportLimits limits,
            ImportProgress progress,
            Function<EntityManager, Hires> hires,
            Function<HireImportDesk, T> work) {
        return inTransaction(emf, em -> {
            HireDeskParts p = parts(em, caller, clock(day));
            HireDesk desk = new HireDesk(new HireDeskParts(
                    hires.apply(em),
                    p.services(),
                    p.evaluations(),
                    p.agreements(),
                    p.documents(),
                    p.persons(),
                    p.registry(),
                    p.ledger(),
                    p.talents(),
                    p.activity(),
                    p.notices(),
                    p.standards(),
                    p.caller(),
                    p.clock()));
            return work.apply(new HireImportDesk(desk, progress, new HireImports(em), caller, limits));
        });
    }

    <T> T agreements(Caller caller, String day, Function<JointAgreementDesk, T> work) {
        return inTransaction(emf, em -> work.apply(new JointAgreementDesk(em, caller, notices, clock(day))));
    }

    <T> T ledger(Caller caller, Function<FundingLedger, T> work) {
        return inTransaction(emf, em -> work.apply(ledger(em, caller, TestClock.CLOCK)));
    }

    /** The ledger on {@code day}: what its observers write is dated that day. */
    <T> T ledger(Caller caller, String day, Function<FundingLedger, T> work) {
        return inTransaction(emf, em -> work.apply(ledger(em, caller, clock(day))));
    }

    <T> T read(Function<EntityManager, T> work) {
        return inTransaction(emf, work);
    }

    /** An uploaded copy of a signed agreement, of an enterprise. */
    long agreementCopy(long enterpriseId, String district) {
        return inTransaction(emf, em -> {
            Document d = new Document(
                    new StoredFile("a".repeat(64), 1024, ContentType.PDF),
                    "三方协议.pdf",
                    DocumentKind.AGREEMENT,
                    district,
                    enterpriseId,
                    "city",
                    clock("2024-06-03").instant());
            em.persist(d);
            return d.id();
        });
    }

    private HireDeskParts parts(EntityManager em, Caller caller, Clock clock) {
        return new HireDeskParts(
                new Hires(em),
                new HireServices(em),
                new Evaluations(em),
                new JointAgreements(em),
                new Documents(em),
                RegistryStandIns.persons(em),
                RegistryStandIns.registry(em),
                ledger(em, caller, clock),
                new TalentRecords(em),
                new ActivityLog(em, caller::getUsername, clock),
                notices,
                new IntakeStandards(new PolicyParameters(em), RegistryStandIns.enterprises(em), clock),
                caller,
                clock);
    }

    private FundingLedger ledger(EntityManager em, Caller caller, Clock clock) {
        PaidSubsidies paid = new PaidSubsidies(new Hires(em), new ActivityLog(em, caller::getUsername, clock));
        return new FundingLedger(em, caller, LedgerSeeds.purposes(), new CommittedRows(emf), clock, paid::settled);
    }

    static Clock clock(String day) {
        return Clock.fixed(
                LocalDate.parse(day).atTime(10, 0).atZone(Beijing.ZONE).toInstant(), Beijing.ZONE);
    }

    long id(String sql) {
        return count(sql);
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

    void close() {
        emf.close();
    }
}
