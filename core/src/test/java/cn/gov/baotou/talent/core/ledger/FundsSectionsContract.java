package cn.gov.baotou.talent.core.ledger;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.ledger.boundary.FundsSections;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.testing.Callers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The funds report's sections on a real database, summed by the database: committed by signing day, paid and
 * recovered by their own days within the period, by finance and by measure; overdue shares as of the period's end or
 * today, whichever is earlier; a district's report sees only its own grants. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FundsSectionsContract {

    static final LocalDate TODAY = LocalDate.of(2024, 10, 14);
    static final ReportPeriod Y2024 = ReportPeriod.year(2024);

    LedgerDatabase db;
    FundingGrant kundulun;
    FundingGrant zone;
    FundingGrant zonePaid;
    FundingGrant cityOnly;
    FundingGrant lastYear;

    abstract DataSource freshDatabase();

    @BeforeAll
    void ledger() {
        db = new LedgerDatabase(freshDatabase());
        long catalyst = db.enterprise("91150203MAYY0D072A");
        long magnet = db.enterprise("91150271MAYY0D013N");
        kundulun = grant(db.subsidy(db.person("赵旻"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(20), day(9, 13)));
        zone = grant(db.subsidy(db.person("孙昇"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), day(9, 20)));
        zonePaid = grant(db.subsidy(db.person("周镕"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), day(3, 1)));
        cityOnly = grant(new GrantRequest(
                BeneficiaryKind.PERSON,
                db.person("杨帆"),
                magnet,
                "CONTRIBUTION_REWARD_2024",
                "rare-earth",
                "rare-earth.13",
                LedgerDatabase.V2022,
                "rare-earth",
                "reward-1",
                null,
                Yuan.wan(5),
                Yuan.wan(5),
                Yuan.ZERO,
                day(9, 13),
                day(9, 29)));
        lastYear = grant(db.subsidy(
                db.person("王堃"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(10), LocalDate.of(2023, 5, 10)));
        pay(Callers.cityFinance(), zonePaid, FinanceLevel.CITY, day(3, 5));
        pay(Callers.districtFinance(LedgerDatabase.ZONE), zonePaid, FinanceLevel.DISTRICT, day(3, 6));
        pay(Callers.cityFinance(), lastYear, FinanceLevel.CITY, day(1, 15));
        db.as(
                Callers.cityOffice(),
                l -> l.recordRecovery(zonePaid.id(), Yuan.wan(4), day(6, 1), "辞职，未满服务期", "funds-r-1"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void byFinanceCountsCommitmentsBySigningDayAndPaymentsAndRecoveriesByTheirOwnDays() {
        ReportTable t = section(ReportScope.city(Y2024), "core.funds.byFinance");
        // the city, then every district (zero rows too), then the total
        assertThat(t.rows()).hasSize(1 + 10 + 1);
        assertThat(row(t, "市级财政"))
                .containsExactly("市级财政", 4L, yuan("250000.00"), 2L, yuan("100000.00"), yuan("20000.00"));
        assertThat(row(t, "昆区财政")).containsExactly("昆区财政", 1L, yuan("100000.00"), 0L, yuan("0.00"), yuan("0.00"));
        assertThat(row(t, "稀土高新区财政"))
                .containsExactly("稀土高新区财政", 2L, yuan("100000.00"), 1L, yuan("50000.00"), yuan("20000.00"));
        assertThat(row(t, "东河区财政")).containsExactly("东河区财政", 0L, yuan("0.00"), 0L, yuan("0.00"), yuan("0.00"));
        assertThat(row(t, "合计")).containsExactly("合计", 7L, yuan("450000.00"), 3L, yuan("150000.00"), yuan("40000.00"));
    }

    @Test
    void byMeasureNamesThePurposeAndTheClause() {
        ReportTable t = section(ReportScope.city(Y2024), "core.funds.byMeasure");
        assertThat(t.rows()).extracting(r -> r.get(2)).containsExactly("intake.3.2.1", "rare-earth.13");
        assertThat(t.rows().get(0))
                .containsExactly(
                        "博士硕士引进",
                        "引进博士硕士补贴",
                        "intake.3.2.1",
                        3L,
                        yuan("400000.00"),
                        yuan("150000.00"),
                        yuan("40000.00"));
        assertThat(t.rows().get(1))
                .containsExactly("稀土人才措施", "地方贡献奖励", "rare-earth.13", 1L, yuan("50000.00"), yuan("0.00"), yuan("0.00"));
    }

    @Test
    void overdueSharesAreCountedAsOfTodayWithinThePeriod() {
        ReportTable sums = section(ReportScope.city(Y2024), "core.funds.overdueByFinance");
        assertThat(sums.title()).contains("2024-10-14");
        assertThat(row(sums, "市级财政")).containsExactly("市级财政", 3L, yuan("200000.00"), day(9, 29), 15L);
        // last year's district share is still unpaid
        assertThat(row(sums, "昆区财政"))
                .containsExactly(
                        "昆区财政",
                        2L,
                        yuan("150000.00"),
                        lastYear.terms().dueDate(),
                        ChronoUnit.DAYS.between(lastYear.terms().dueDate(), TODAY));
        assertThat(row(sums, "稀土高新区财政")).containsExactly("稀土高新区财政", 1L, yuan("50000.00"), day(10, 10), 4L);

        ReportTable list = section(ReportScope.city(Y2024), "core.funds.overdue");
        assertThat(list.rows()).hasSize(6);
        List<Object> first = list.rows().get(0);
        assertThat(first.get(0)).isEqualTo("昆区财政");
        assertThat(first.get(1)).isEqualTo("引进博士硕士补贴");
        // the enterprise by name, the case by its reference in the module that booked it
        assertThat((String) first.get(3)).isNotBlank();
        assertThat(first.get(4)).isEqualTo("hire-" + db.person("王堃"));
        List<Object> zoneRow = list.rows().stream()
                .filter(r -> r.get(0).equals("稀土高新区财政"))
                .findFirst()
                .orElseThrow();
        // 10-10 to 10-14: four calendar days, three working days (Saturday 10-12 was worked for National Day)
        assertThat(zoneRow.subList(5, 9)).containsExactly(day(10, 10), yuan("50000.00"), 4L, 3L);
    }

    @Test
    void aPastPeriodIsJudgedAtItsEnd() {
        ReportTable sums = section(ReportScope.city(ReportPeriod.year(2023)), "core.funds.overdueByFinance");
        assertThat(sums.title()).contains("2023-12-31");
        // at the end of 2023 neither share of last year's grant was paid (the city paid in January 2024)
        assertThat(sums.rows()).extracting(r -> r.get(0)).containsExactly("市级财政", "昆区财政");
    }

    @Test
    void aDistrictsReportHoldsOnlyItsOwnGrants() {
        ReportScope scope = new ReportScope(Y2024, LedgerDatabase.ZONE);
        ReportTable byFinance = section(scope, "core.funds.byFinance");
        assertThat(byFinance.rows()).extracting(r -> r.get(0)).containsExactly("市级财政", "稀土高新区财政", "合计");
        assertThat(row(byFinance, "市级财政"))
                .containsExactly("市级财政", 2L, yuan("100000.00"), 1L, yuan("50000.00"), yuan("20000.00"));
        ReportTable list = section(scope, "core.funds.overdue");
        assertThat(list.rows()).extracting(r -> r.get(0)).containsExactly("市级财政", "稀土高新区财政");
    }

    @Test
    void otherReportsGetNothingFromTheLedger() {
        assertThat(sections(ReportKind.TARGETS, ReportScope.city(Y2024))).isEmpty();
    }

    private ReportTable section(ReportScope scope, String key) {
        return sections(ReportKind.FUNDS, scope).stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<ReportTable> sections(ReportKind kind, ReportScope scope) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(Beijing.ZONE).toInstant(), Beijing.ZONE);
        return inTransaction(db.emf, em -> new FundsSections(em, LedgerSeeds.purposes(), clock).sections(kind, scope));
    }

    private static List<Object> row(ReportTable t, String first) {
        return t.rows().stream().filter(r -> first.equals(r.get(0))).findFirst().orElseThrow();
    }

    private FundingGrant grant(GrantRequest request) {
        return db.as(Callers.cityOffice(), l -> l.grant(request));
    }

    private void pay(Caller caller, FundingGrant g, FinanceLevel level, LocalDate on) {
        db.as(
                caller,
                l -> l.recordPayment(
                        g.id(),
                        level,
                        g.terms().share(level),
                        on,
                        "BANK-" + g.id() + level,
                        "funds-" + g.id() + level));
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
