package cn.gov.baotou.talent.rareearth;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.AccountSeeding;
import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.ledger.boundary.CommittedRows;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.parameter.boundary.ParameterVersions;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameter;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.talent.entity.TalentRecord;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicantNames;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationDesk;
import cn.gov.baotou.talent.rareearth.grant.boundary.ApplicationsExport;
import cn.gov.baotou.talent.rareearth.grant.boundary.AttachmentDesk;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocument;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocuments;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A database migrated with core's and this module's schemas, with the reference data, the 2022 parameters, the demo
 * registry and the calendar; and this module's boundaries over it, each call in a transaction of its own.
 */
public final class RareEarthDatabase {

    public static final List<Class<?>> CORE = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Interpretation.class,
            Revision.class,
            CalendarYear.class,
            CalendarDay.class,
            FundingGrant.class,
            FundingPayment.class,
            FundingRecovery.class,
            PolicyParameter.class,
            ActivityEntry.class,
            TalentRecord.class,
            Document.class,
            Account.class,
            Notification.class);
    public static final List<Class<?>> MODULE =
            List.of(Measure.class, MeasureDocument.class, SupportApplication.class, ApplicationDocument.class);
    /** 2024-09-27 10:00 in Beijing: a working day inside the 2022 version. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-27T02:00:00Z"), Beijing.ZONE);

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    private final FundingPurposes purposes = new FundingPurposes();

    public RareEarthDatabase(DataSource fresh, List<Class<?>> moduleEntities) {
        dataSource = TestDatabases.migrated(fresh, "core", "rare-earth");
        List<Class<?>> all = new ArrayList<>(CORE);
        all.addAll(moduleEntities);
        emf = TestDatabases.entityManagerFactory(dataSource, all);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
        inTransaction(emf, em -> new AccountSeeding(em).importDemoAccounts());
    }

    public RareEarthDatabase(DataSource fresh) {
        this(fresh, MODULE);
    }

    /** Work in one transaction of its own, as a boundary call in the server. */
    public <T> T work(Function<EntityManager, T> work) {
        return inTransaction(emf, work);
    }

    public FundingLedger ledger(EntityManager em, Caller caller) {
        return ledger(em, caller, CLOCK);
    }

    /** The ledger as {@code caller} on the day of {@code clock}. */
    public FundingLedger ledger(EntityManager em, Caller caller, Clock clock) {
        return new FundingLedger(em, caller, purposes, new CommittedRows(emf), clock);
    }

    public ActivityLog activity(EntityManager em, Caller caller) {
        return new ActivityLog(em, caller::getUsername, CLOCK);
    }

    /** The applications desk as {@code caller}, in a transaction of its own. */
    public <T> T applications(Caller caller, Function<ApplicationDesk, T> work) {
        return applications(caller, CLOCK, work);
    }

    /** The applications desk as {@code caller} on the day of {@code clock}, in a transaction of its own. */
    public <T> T applications(Caller caller, Clock clock, Function<ApplicationDesk, T> work) {
        return work(em -> work.apply(new ApplicationDesk(
                em, caller, activity(em, caller), ledger(em, caller, clock), purposes, notices(em, clock), clock)));
    }

    /** The applications list's export as {@code caller}, in a transaction of its own. */
    public <T> T applicationsExport(Caller caller, Function<ApplicationsExport, T> work) {
        return work(em -> work.apply(new ApplicationsExport(
                new ApplicationDesk(
                        em, caller, activity(em, caller), ledger(em, caller), purposes, notices(em, CLOCK), CLOCK),
                new ApplicantNames(em))));
    }

    /** The attachments desk (over the applications desk) as {@code caller}, in a transaction of its own. */
    public <T> T attachments(Caller caller, DocumentFiles files, Function<AttachmentDesk, T> work) {
        return work(em -> {
            ApplicationDesk desk = new ApplicationDesk(
                    em, caller, activity(em, caller), ledger(em, caller), purposes, notices(em, CLOCK), CLOCK);
            return work.apply(new AttachmentDesk(
                    desk,
                    new ApplicationDocuments(em),
                    new DocumentStore(em, files, 1024 * 1024, caller, CLOCK),
                    files,
                    caller,
                    activity(em, caller),
                    CLOCK));
        });
    }

    /** 10:00 in Beijing on {@code day}. */
    public static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(Beijing.ZONE).toInstant(), Beijing.ZONE);
    }

    /**
     * Enters a policy version as the city office would (a CSV body of the seed's columns, rows after the header),
     * imported on {@code today}.
     */
    public void enterVersion(LocalDate today, String rows) {
        work(em -> new ParameterVersions(em, on(today))
                .importFile("policy,clause,key,type,value,unit,description,version,validFrom,validTo\n" + rows));
    }

    /** Notices written straight into the caller's transaction, as core's would be in the server, at {@code clock}'s now. */
    public static Notices notices(EntityManager em, Clock clock) {
        return new Notices() {
            @Override
            public int send(Audience to, String title, String body, String link, String source) {
                return new Notifications(em).send(to, title, body, link, source, clock.instant());
            }
        };
    }

    public long id(String sql) {
        return count(sql);
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void close() {
        emf.close();
    }
}
