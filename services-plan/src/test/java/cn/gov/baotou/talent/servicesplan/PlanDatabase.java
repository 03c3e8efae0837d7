package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.AccountSeeding;
import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.control.ContentType;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.document.entity.StoredFile;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
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
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Meeting;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotice;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNoticeEnterprise;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.rules.boundary.ServicesPlanStandards;
import cn.gov.baotou.talent.servicesplan.service.entity.NomineeService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A database migrated with core's and the plan's schemas, holding the reference data, the demo registry and accounts,
 * the calendar and the 2022 parameters; the plan's façades over it as one caller, one transaction per call, as in the
 * server.
 */
public final class PlanDatabase implements AutoCloseable {

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
            Document.class,
            ActivityEntry.class,
            Notification.class,
            TalentRecord.class,
            EnterpriseFigure.class,
            Meeting.class,
            Nomination.class,
            Nominee.class,
            NomineeService.class,
            ServiceRequest.class,
            WindowNotice.class,
            WindowNoticeEnterprise.class);

    public static final String ZONE = "150271";
    public static final String KUNDULUN = "150203";
    public static final String MAGNET = "91150271MAYY0D013N";
    public static final String CATALYST = "91150203MAYY0D072A";
    /** When the test evidence documents were uploaded: before the tests' first steps (March 2025). */
    static final Instant UPLOADED = Instant.parse("2025-03-01T02:00:00Z");

    public final DataSource dataSource;
    public final EntityManagerFactory emf;

    public PlanDatabase(DataSource fresh) {
        dataSource = TestDatabases.migrated(fresh, "core", "services-plan");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
        inTransaction(emf, em -> new SeedImport(em).importParameters());
        inTransaction(emf, em -> new AccountSeeding(em).importDemoAccounts());
    }

    /** The day of {@code day} at {@code hour}, Beijing time, as the façades' clock. */
    public static Clock at(String day, int hour) {
        return Clock.fixed(
                LocalDate.parse(day).atTime(hour, 0).atZone(Beijing.ZONE).toInstant(), Beijing.ZONE);
    }

    /** Work through the plan's façades as {@code caller} on the day of {@code clock}, in one transaction. */
    public <T> T as(Caller caller, Clock clock, Function<Desks, T> work) {
        return inTransaction(emf, em -> work.apply(new Desks(em, caller, clock)));
    }

    /** Notices written straight into the caller's transaction, as core's would be in the server. */
    public static Notices notices(EntityManager em, Clock clock) {
        return new Notices() {
            @Override
            public int send(Audience to, String title, String body, String link, String source) {
                return new Notifications(em).send(to, title, body, link, source, clock.instant());
            }
        };
    }

    public static ServicesPlanStandards standards(EntityManager em) {
        return new ServicesPlanStandards(new PolicyParameters(em));
    }

    /** An evidence document of the enterprise, as if uploaded by it. */
    public long document(long enterpriseId, String districtCode) {
        return inTransaction(emf, em -> {
            Document d = new Document(
                    new StoredFile("0".repeat(64), 1024, ContentType.PDF),
                    "evidence.pdf",
                    DocumentKind.EVIDENCE,
                    districtCode,
                    enterpriseId,
                    "test",
                    UPLOADED);
            em.persist(d);
            return d.id();
        });
    }

    public long enterprise(String creditCode) {
        return count("select id from core_enterprise where credit_code = '" + creditCode + "'");
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

    @Override
    public void close() {
        emf.close();
    }
}
