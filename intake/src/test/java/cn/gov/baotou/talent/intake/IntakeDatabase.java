package cn.gov.baotou.talent.intake;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.entity.ActivityEntry;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import cn.gov.baotou.talent.intake.demand.boundary.DemandBoard;
import cn.gov.baotou.talent.intake.demand.boundary.DemandCatalog;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import cn.gov.baotou.talent.intake.recruitment.boundary.RecruitmentBook;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentEvent;
import cn.gov.baotou.talent.intake.recruitment.entity.Workstation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/** A database migrated with core's and intake's schemas, the reference and demo registry, and intake's boundaries. */
public final class IntakeDatabase {

    public static final List<Class<?>> ENTITIES = List.of(
            District.class,
            Industry.class,
            Enterprise.class,
            Person.class,
            Policy.class,
            Clause.class,
            Revision.class,
            Account.class,
            Notification.class,
            ActivityEntry.class,
            JobDemand.class,
            RecruitmentEvent.class,
            Workstation.class,
            RecruitedCandidate.class);
    /** The 2022 numbers of the plan (the key-project threshold is 10 亿元). */
    public static final IntakeStandard STANDARD = new IntakeStandard(
            40,
            30,
            Yuan.wan(20),
            Yuan.wan(10),
            new BigDecimal("0.5"),
            Yuan.wan(100_000),
            Set.of("NEW_MATERIALS", "MODERN_ENERGY", "EQUIPMENT_MANUFACTURING", "AGRI_LIVESTOCK_PROCESSING"));

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-01T02:00:00Z"), Beijing.ZONE);

    public final DataSource dataSource;
    public final EntityManagerFactory emf;

    public IntakeDatabase(DataSource fresh) {
        dataSource = TestDatabases.migrated(fresh, "core", "intake");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
    }

    /** Work on job demands as {@code caller}, in one transaction of its own, as a boundary call in the server. */
    public <T> T demands(Caller caller, Function<DemandBoard, T> work) {
        return inTransaction(emf, em -> work.apply(new DemandBoard(em, caller, log(em, caller), STANDARD, CLOCK)));
    }

    public <T> T catalog(Function<DemandCatalog, T> work) {
        return inTransaction(emf, em -> work.apply(new DemandCatalog(em)));
    }

    public <T> T recruitment(Caller caller, Function<RecruitmentBook, T> work) {
        return inTransaction(emf, em -> work.apply(new RecruitmentBook(em, caller, CLOCK)));
    }

    public <T> T read(Function<EntityManager, T> work) {
        return inTransaction(emf, work);
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

    public void close() {
        emf.close();
    }

    private static ActivityLog log(EntityManager em, Caller caller) {
        return new ActivityLog(em, caller::getUsername, CLOCK);
    }
}
