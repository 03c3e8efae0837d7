package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.boundary.OverdueShare;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.testing.Callers;
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
 * 逾期提醒 on a real database: shares unpaid after 10 working days (intake.5.5), listed for the finance that owes them
 * and the city office, the days overdue counted across the 2024 Mid-Autumn and National Day holidays. Run once on H2
 * and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OverdueContract {

    static final LocalDate AFTER_NATIONAL_DAY = LocalDate.of(2024, 10, 8);
    static final LocalDate A_WEEK_LATER = LocalDate.of(2024, 10, 14);

    LedgerDatabase db;
    FundingGrant kundulun;
    FundingGrant zone;
    FundingGrant notYetDue;
    FundingGrant cityOnly;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(freshDatabase());
        long catalyst = db.enterprise("91150203MAYY0D072A");
        long magnet = db.enterprise("91150271MAYY0D013N");
        kundulun = grant(db.subsidy(db.person("赵旻"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(20), day(9, 13)));
        zone = grant(db.subsidy(db.person("孙昇"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), day(9, 20)));
        notYetDue = grant(db.subsidy(db.person("周镕"), magnet, LedgerDatabase.ZONE, Yuan.wan(10), day(9, 27)));
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
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void tenWorkingDaysAfterSigningAreCountedAcrossTheHolidaysAndTheirMakeUpDays() {
        // 09-14 (Saturday, worked for Mid-Autumn) counts, 09-15 to 09-17 do not, 09-29 (Sunday, worked) is the 10th
        assertThat(kundulun.terms().dueDate()).isEqualTo(day(9, 29));
        // National Day: 10-01 to 10-07 off
        assertThat(zone.terms().dueDate()).isEqualTo(day(10, 10));
        assertThat(notYetDue.terms().dueDate()).isEqualTo(day(10, 16));
    }

    @Test
    @Order(2)
    void eachFinanceSeesItsOwnOverdueSharesWithTheDaysCountedAcrossNationalDay() {
        List<OverdueShare> city = list(Callers.cityFinance(), AFTER_NATIONAL_DAY);
        assertThat(city).extracting(OverdueShare::grantId).containsExactly(kundulun.id(), cityOnly.id());
        assertThat(city).extracting(OverdueShare::financeLevel).containsOnly(FinanceLevel.CITY);
        OverdueShare first = city.get(0);
        assertThat(first.amountYuan()).isEqualTo("100000.00");
        // 09-29 to 10-08: nine calendar days, but only 09-30 and 10-08 are working days
        assertThat(first.daysOverdue()).isEqualTo(9);
        assertThat(first.workingDaysOverdue()).isEqualTo(2);
        assertThat(list(Callers.districtFinance(LedgerDatabase.KUNDULUN), AFTER_NATIONAL_DAY))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.grantId()).isEqualTo(kundulun.id());
                    assertThat(s.financeLevel()).isEqualTo(FinanceLevel.DISTRICT);
                });
        assertThat(list(Callers.districtFinance(LedgerDatabase.ZONE), AFTER_NATIONAL_DAY))
                .isEmpty();
    }

    @Test
    @Order(3)
    void aDistrictFinanceSeesOnlyItsDistrictsSharesAndTheCityOfficeSeesThemAll() {
        List<OverdueShare> zoneFinance = list(Callers.districtFinance(LedgerDatabase.ZONE), A_WEEK_LATER);
        assertThat(zoneFinance).singleElement().satisfies(s -> {
            assertThat(s.grantId()).isEqualTo(zone.id());
            assertThat(s.financeLevel()).isEqualTo(FinanceLevel.DISTRICT);
            assertThat(s.districtCode()).isEqualTo(LedgerDatabase.ZONE);
            // 10-11, Saturday 10-12 (worked for National Day) and 10-14
            assertThat(s.daysOverdue()).isEqualTo(4);
            assertThat(s.workingDaysOverdue()).isEqualTo(3);
        });
        assertThat(list(Callers.districtFinance(LedgerDatabase.KUNDULUN), A_WEEK_LATER))
                .extracting(OverdueShare::grantId)
                .containsExactly(kundulun.id());
        assertThat(list(Callers.cityFinance(), A_WEEK_LATER)).hasSize(3);
        List<OverdueShare> all = list(Callers.cityOffice(), A_WEEK_LATER);
        assertThat(all)
                .extracting(OverdueShare::grantId)
                .containsExactly(kundulun.id(), kundulun.id(), cityOnly.id(), zone.id(), zone.id());
        assertThat(list(Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY), A_WEEK_LATER))
                .hasSize(5);
        long counted = db.overdue(Callers.cityOffice(), o -> o.countAsOf(A_WEEK_LATER));
        assertThat(counted).isEqualTo(5);
        long zoneCount = db.overdue(Callers.districtFinance(LedgerDatabase.ZONE), o -> o.countAsOf(A_WEEK_LATER));
        assertThat(zoneCount).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aPaidShareIsNoLongerOverdue() {
        db.as(
                Callers.districtFinance(LedgerDatabase.ZONE),
                l -> l.recordPayment(
                        zone.id(), FinanceLevel.DISTRICT, Yuan.wan(5), A_WEEK_LATER, "ZONE-BANK-1", "zone-late"));
        assertThat(list(Callers.districtFinance(LedgerDatabase.ZONE), A_WEEK_LATER))
                .isEmpty();
        long counted = db.overdue(Callers.cityOffice(), o -> o.countAsOf(A_WEEK_LATER));
        assertThat(counted).isEqualTo(4);
    }

    @Test
    @Order(5)
    void otherRolesDoNotAskAndAYearWithoutItsHolidayNoticeLeavesWorkingDaysOpen() {
        for (Caller c : List.of(
                Callers.enterprise(db.enterprise("91150271MAYY0D013N")),
                Callers.districtOffice(LedgerDatabase.ZONE),
                Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES")))) {
            assertThatThrownBy(() -> list(c, A_WEEK_LATER)).isInstanceOf(Forbidden.class);
            long shown = db.overdue(c, o -> o.sees() ? 1L : 0L);
            assertThat(shown).isZero();
        }
        assertThat(list(Callers.cityFinance(), LocalDate.of(2028, 1, 5))).allSatisfy(s -> {
            assertThat(s.workingDaysOverdue()).isNull();
            assertThat(s.daysOverdue()).isPositive();
        });
    }

    private FundingGrant grant(GrantRequest request) {
        return db.as(Callers.cityOffice(), l -> l.grant(request));
    }

    private List<OverdueShare> list(Caller caller, LocalDate today) {
        return db.overdue(caller, o -> o.asOf(today));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
