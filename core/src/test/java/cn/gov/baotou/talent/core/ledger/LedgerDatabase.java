package cn.gov.baotou.talent.core.ledger;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDay;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.ledger.boundary.CommittedRows;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.boundary.Overdue;
import cn.gov.baotou.talent.core.ledger.control.FundingSplit;
import cn.gov.baotou.talent.core.ledger.control.GrantSettled;
import cn.gov.baotou.talent.core.ledger.control.Shares;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.sql.DataSource;

/** A migrated database with the reference data, the demo registry and the calendar, and the ledger over it. */
public final class LedgerDatabase {

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
            FundingGrant.class,
            FundingPayment.class,
            FundingRecovery.class);
    public static final String ZONE = "150271";
    public static final String KUNDULUN = "150203";
    static final LocalDate V2022 = LocalDate.of(2022, 4, 5);
    private static final FundingPurposes PURPOSES = LedgerSeeds.purposes();

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    /** What the ledger announced ({@code GrantSettled}), in order, as its observers in the server would hear it. */
    public final List<GrantSettled> settled = new CopyOnWriteArrayList<>();

    public LedgerDatabase(DataSource fresh) {
        dataSource = TestDatabases.migrated(fresh, "core");
        emf = TestDatabases.entityManagerFactory(dataSource, ENTITIES);
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        inTransaction(emf, em -> new SeedImport(em).importDemoData());
        inTransaction(emf, em -> new SeedImport(em).importCalendar());
    }

    /** Work through the ledger as {@code caller}, in one transaction of its own, as a boundary call in the server. */
    public <T> T as(Caller caller, Function<FundingLedger, T> work) {
        return inTransaction(
                emf,
                em -> work.apply(new FundingLedger(
                        em, caller, PURPOSES, new CommittedRows(emf), TestClock.CLOCK, settled::add)));
    }

    <T> T overdue(Caller caller, Function<Overdue, T> work) {
        return inTransaction(emf, em -> work.apply(new Overdue(em, caller, TestClock.CLOCK)));
    }

    /** The intake subsidy (intake.3.2.1) of a talent, split 1:1, due 10 working days after signing (intake.5.5). */
    public GrantRequest subsidy(long person, long enterprise, String district, Yuan total, LocalDate signed) {
        return offer(person, enterprise, district, "intake", "intake.3.2.1", V2022, total, signed);
    }

    GrantRequest offer(
            long person,
            long enterprise,
            String district,
            String policy,
            String clause,
            LocalDate versionFrom,
            Yuan total,
            LocalDate signed) {
        Shares halves = FundingSplit.halves(total);
        Deadline due = as(Callers.cityOffice(), l -> l.workingDaysAfter(signed, 10));
        return new GrantRequest(
                BeneficiaryKind.PERSON,
                person,
                enterprise,
                "TALENT_INTRO_SUBSIDY",
                policy,
                clause,
                versionFrom,
                policy,
                "hire-" + person,
                district,
                total,
                halves.city(),
                halves.district(),
                signed,
                due);
    }

    public long person(String name) {
        return count("select id from core_person where name = '" + name + "'");
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

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public void close() {
        emf.close();
    }
}
