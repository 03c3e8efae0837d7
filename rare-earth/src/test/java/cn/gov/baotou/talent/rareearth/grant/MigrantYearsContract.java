package cn.gov.baotou.talent.rareearth.grant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A 候鸟式 engineer year after year (rare-earth.5), on a real database: 2023's income supported in 2024, 2024's in 2025
 * — no duplicate, each booked for its income year — and the second year paying only what remains of the person's 10
 * 万 (capScope PERSON_TOTAL); a second application for the same income year is the ledger's duplicate. Run on H2 and
 * on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MigrantYearsContract {

    static final String LI_ID = "110108197001019058";
    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));
    static final Clock SEPTEMBER_2024 = RareEarthDatabase.on(LocalDate.of(2024, 9, 27));
    static final Clock MARCH_2025 = RareEarthDatabase.on(LocalDate.of(2025, 3, 10));

    RareEarthDatabase db;
    Caller magnet;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new RareEarthDatabase(freshDatabase());
        magnet = Callers.enterprise(db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theFirstYearPaysThirtyPercentBookedForTheIncomeYear() {
        FundingGrant g = granted(SEPTEMBER_2024, "200000.00");
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(6));
        assertThat(g.purpose()).isEqualTo("MIGRANT_ENGINEER_SUBSIDY_2023");
    }

    @Test
    @Order(2)
    void theNextYearIsNoDuplicateAndPaysWhatRemainsOfTheTenWan() {
        SupportApplication a = submitted(MARCH_2025, "200000.00");
        Decision d = db.applications(magnet, MARCH_2025, desk -> desk.decision(a));
        Check share = d.checks().stream()
                .filter(c -> c.rule().equals("migrantEngineer"))
                .findFirst()
                .orElseThrow();
        assertThat(Messages.in(Messages.CHINESE)
                        .get(
                                share.bundle(),
                                share.messageKey(),
                                share.arguments().toArray()))
                .isEqualTo("上年度在包纳税劳动报酬 200000.00 元的 30% 为 60000.00 元；同一人补助累计最高 100000.00 元，"
                        + "此前年度已获 60000.00 元，尚余 40000.00 元，按尚余给予 40000.00 元");
        FundingGrant g = approved(a, MARCH_2025);
        assertThat(g.terms().total()).isEqualTo(Yuan.wan(4));
        assertThat(g.purpose()).isEqualTo("MIGRANT_ENGINEER_SUBSIDY_2024");
    }

    @Test
    @Order(3)
    void aSecondApplicationForTheSameIncomeYearIsTheLedgersDuplicate() {
        Clock may = RareEarthDatabase.on(LocalDate.of(2025, 5, 12));
        SupportApplication a = submitted(may, "100000.00");
        db.applications(HR, may, d -> d.review(a.id(), ApplicationsContract.approve("DEPARTMENT_APPROVE")));
        SupportApplication closed = db.applications(
                Callers.cityOffice(), may, d -> d.review(a.id(), ApplicationsContract.approve("CITY_APPROVE")));
        assertThat(closed.status()).isEqualTo(ApplicationStatus.DUPLICATE);
        assertThat(db.count("select count(*) from core_grant where purpose like 'MIGRANT_ENGINEER_SUBSIDY%'"))
                .isEqualTo(2);
    }

    /** rare-earth.5 sets no deadline: its grants have no due date and are never overdue, however long unpaid. */
    @Test
    @Order(4)
    void noTextSetsADeadlineSoTheGrantsAreNeverOverdue() {
        assertThat(db.count("select count(*) from core_grant where purpose like 'MIGRANT_ENGINEER_SUBSIDY%'"
                        + " and due_date is null and district_share_yuan = 0"))
                .isEqualTo(2);
        Caller city = Callers.cityOffice();
        List<FundingGrant> overdue = db.work(
                em -> new Grants(em).unpaidPastDue(FinanceLevel.CITY, city.visibility(), LocalDate.of(2030, 1, 1)));
        assertThat(overdue).isEmpty();
    }

    private FundingGrant granted(Clock clock, String income) {
        return approved(submitted(clock, income), clock);
    }

    private SupportApplication submitted(Clock clock, String income) {
        return db.applications(magnet, clock, d -> d.submit(ApplicationsContract.migrant("李工", LI_ID, income)));
    }

    private FundingGrant approved(SupportApplication a, Clock clock) {
        db.applications(HR, clock, d -> d.review(a.id(), ApplicationsContract.approve("DEPARTMENT_APPROVE")));
        SupportApplication done = db.applications(
                Callers.cityOffice(), clock, d -> d.review(a.id(), ApplicationsContract.approve("CITY_APPROVE")));
        assertThat(done.status()).isEqualTo(ApplicationStatus.GRANTED);
        return db.work(em -> em.find(FundingGrant.class, done.grantId()));
    }
}
