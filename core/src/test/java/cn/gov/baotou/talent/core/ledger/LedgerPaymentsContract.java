package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRefused;
import cn.gov.baotou.talent.core.ledger.control.GrantSettled;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.Unprocessable;
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
import org.junit.jupiter.api.function.Executable;

/**
 * Payments and recoveries through the ledger on a real database, walked in order: each finance pays its own share
 * once, repeats are answered with the first payment, recoveries go back in proportion and never exceed what was paid,
 * and every role sees exactly its scope. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LedgerPaymentsContract {

    static final LocalDate SIGNED = LocalDate.of(2024, 9, 27);
    static final LocalDate PAID_ON = LocalDate.of(2024, 10, 15);

    LedgerDatabase db;
    FundingGrant zone;
    FundingGrant kundulun;
    long magnet;
    long catalyst;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(freshDatabase());
        magnet = db.enterprise("91150271MAYY0D013N");
        catalyst = db.enterprise("91150203MAYY0D072A");
        zone = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(db.person("王堃"), magnet, LedgerDatabase.ZONE, Yuan.wan(20), SIGNED)));
        kundulun = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(db.person("李喆"), catalyst, LedgerDatabase.KUNDULUN, Yuan.wan(10), SIGNED)));
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void aPaymentOfTheWrongAmountOrOfAnotherFinancesShareIsRefusedAndNothingIsWritten() {
        long id = zone.id();
        refused(() -> pay(Callers.cityFinance(), id, FinanceLevel.CITY, "99999.99", "k-1"), InvalidInput.class);
        refused(() -> pay(Callers.cityFinance(), id, FinanceLevel.DISTRICT, "100000.00", "k-2"), Forbidden.class);
        refused(
                () -> pay(Callers.districtFinance(LedgerDatabase.ZONE), id, FinanceLevel.CITY, "100000.00", "k-3"),
                Forbidden.class);
        refused(
                () -> pay(
                        Callers.districtFinance(LedgerDatabase.KUNDULUN),
                        id,
                        FinanceLevel.DISTRICT,
                        "100000.00",
                        "k-4"),
                NotFound.class);
        refused(() -> pay(Callers.cityOffice(), id, FinanceLevel.CITY, "100000.00", "k-5"), Forbidden.class);
        refused(() -> pay(Callers.enterprise(magnet), id, FinanceLevel.CITY, "100000.00", "k-6"), Forbidden.class);
        assertThatThrownBy(() -> db.as(
                        Callers.cityFinance(),
                        l -> l.recordPayment(id, FinanceLevel.CITY, Yuan.wan(10), SIGNED.minusDays(1), " ", null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("reference", "Idempotency-Key"));
        assertThatThrownBy(() -> db.as(
                        Callers.cityFinance(),
                        l -> l.recordPayment(id, FinanceLevel.CITY, Yuan.wan(10), SIGNED.minusDays(1), "B-1", "k-7")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactly("ledger.paidOn.beforeBasis"));
        assertThat(db.count("select count(*) from core_payment")).isZero();
        assertThat(db.count("select count(*) from core_payment_aud")).isZero();
    }

    @Test
    @Order(2)
    void aRepeatedRequestGetsTheFirstPaymentAndAnotherKeyForAPaidShareIsRefusedNamingIt() {
        FundingPayment first = pay(Callers.cityFinance(), zone.id(), FinanceLevel.CITY, "100000.00", "pay-zone-city");
        FundingPayment again = pay(Callers.cityFinance(), zone.id(), FinanceLevel.CITY, "100000.00", "pay-zone-city");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(status(zone)).isEqualTo(GrantStatus.PARTLY_PAID);
        assertThatThrownBy(() -> pay(Callers.cityFinance(), zone.id(), FinanceLevel.CITY, "100000.00", "other"))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.payment.sharePaid");
                    assertThat(e.arguments())
                            .containsExactly(
                                    String.valueOf(first.id()), 0, "100000.00", "2024-10-15", "BANK-pay-zone-city");
                });
        assertThatThrownBy(
                        () -> pay(Callers.cityFinance(), kundulun.id(), FinanceLevel.CITY, "50000.00", "pay-zone-city"))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("ledger.payment.keyUsed"));
        assertThat(db.settled).isEmpty();
        pay(Callers.districtFinance(LedgerDatabase.ZONE), zone.id(), FinanceLevel.DISTRICT, "100000.00", "pay-zone-d");
        assertThat(status(zone)).isEqualTo(GrantStatus.PAID);
        // the second half settles the grant: one announcement, naming the case that booked it
        assertThat(db.settled)
                .containsExactly(
                        new GrantSettled(zone.id(), "intake", zone.terms().sourceReference(), GrantStatus.PAID));
        pay(Callers.districtFinance(LedgerDatabase.ZONE), zone.id(), FinanceLevel.DISTRICT, "100000.00", "pay-zone-d");
        assertThat(db.settled).hasSize(1);
        assertThat(db.count("select count(*) from core_payment where grant_id = " + zone.id()))
                .isEqualTo(2);
        assertThat(db.count("select count(*) from core_payment_aud")).isEqualTo(2);
    }

    @Test
    @Order(3)
    void eachRoleSeesTheGrantsOfItsScopeOnlyAndAnotherScopesGrantDoesNotExistForIt() {
        assertThat(ids(Callers.cityOffice())).containsExactlyInAnyOrder(zone.id(), kundulun.id());
        assertThat(ids(Callers.cityFinance())).containsExactlyInAnyOrder(zone.id(), kundulun.id());
        assertThat(ids(Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY)))
                .hasSize(2);
        assertThat(ids(Callers.districtOffice(LedgerDatabase.ZONE))).containsExactly(zone.id());
        assertThat(ids(Callers.districtFinance(LedgerDatabase.KUNDULUN))).containsExactly(kundulun.id());
        assertThat(ids(Callers.enterprise(magnet))).containsExactly(zone.id());
        assertThat(ids(Callers.enterprise(catalyst))).containsExactly(kundulun.id());
        assertThat(ids(Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"))))
                .isEmpty();
        long counted = db.as(Callers.districtOffice(LedgerDatabase.ZONE), l -> l.count(null, null));
        assertThat(counted).isEqualTo(1);
        assertThatThrownBy(() -> db.as(Callers.districtOffice(LedgerDatabase.ZONE), l -> l.visible(kundulun.id())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.as(Callers.enterprise(magnet), l -> l.payments(kundulun.id())))
                .isInstanceOf(NotFound.class);
        List<FundingPayment> seen = db.as(Callers.enterprise(magnet), l -> l.payments(zone.id()));
        assertThat(seen).hasSize(2);
    }

    @Test
    @Order(4)
    void aPaidGrantKeepsItsTermsAgainstAHigherStandard() {
        assertThatThrownBy(() -> db.as(
                        Callers.cityOffice(),
                        l -> l.grant(db.offer(
                                db.person("王堃"),
                                magnet,
                                LedgerDatabase.ZONE,
                                "rare-earth",
                                "rare-earth.2",
                                LedgerDatabase.V2022,
                                Yuan.wan(25),
                                SIGNED))))
                .isInstanceOfSatisfying(GrantRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledger.precedence.alreadyPaid");
                    assertThat(e.arguments()[0]).isEqualTo(String.valueOf(zone.id()));
                });
        assertThat(db.count(
                        "select count(*) from core_grant_aud where id = " + zone.id() + " and total_yuan = 200000.00"))
                .isEqualTo(db.count("select count(*) from core_grant_aud where id = " + zone.id()));
    }

    @Test
    @Order(5)
    void aRecoveryGoesBackInProportionToWhatEachFinancePaidAndNeverExceedsIt() {
        List<FundingRecovery> rows = recover(zone.id(), "80000.00", "r-1");
        assertThat(rows)
                .extracting(FundingRecovery::financeLevel)
                .containsExactly(FinanceLevel.CITY, FinanceLevel.DISTRICT);
        assertThat(rows).extracting(FundingRecovery::amount).containsOnly(Yuan.of("40000.00"));
        assertThat(recover(zone.id(), "80000.00", "r-1"))
                .extracting(FundingRecovery::id)
                .containsExactlyElementsOf(
                        rows.stream().map(FundingRecovery::id).toList());
        assertThat(status(zone)).isEqualTo(GrantStatus.RECOVERED);
        // the decision is announced once; its repeat is not
        assertThat(db.settled)
                .filteredOn(e -> e.status() == GrantStatus.RECOVERED)
                .containsExactly(
                        new GrantSettled(zone.id(), "intake", zone.terms().sourceReference(), GrantStatus.RECOVERED));
        assertThatThrownBy(() -> recover(zone.id(), "120000.01", "r-2"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.messageKey()).isEqualTo("ledger.recovery.exceeds");
                            assertThat(f.arguments())
                                    .containsExactly("120000.01", "120000.00", "200000.00", "80000.00");
                        }));
        assertThatThrownBy(() -> db.as(
                        Callers.cityFinance(),
                        l -> l.recordRecovery(zone.id(), Yuan.wan(1), SIGNED.plusDays(90), "辞职", "r-3")))
                .isInstanceOf(Forbidden.class);
        recover(zone.id(), "120000.00", "r-4");
        assertThatThrownBy(() -> recover(zone.id(), "0.01", "r-5")).isInstanceOf(InvalidInput.class);
        for (String level : new String[] {"CITY", "DISTRICT"}) {
            assertThat(db.count("select sum(amount_yuan) from core_recovery where finance_level = '" + level
                            + "' and grant_id = " + zone.id()))
                    .isEqualTo(100_000);
        }
        // only the district paid: all of a recovery goes back to the district
        pay(Callers.districtFinance(LedgerDatabase.KUNDULUN), kundulun.id(), FinanceLevel.DISTRICT, "50000.00", "kd");
        assertThat(recover(kundulun.id(), "30000.00", "r-6")).singleElement().satisfies(r -> {
            assertThat(r.financeLevel()).isEqualTo(FinanceLevel.DISTRICT);
            assertThat(r.amount()).isEqualTo(Yuan.of("30000.00"));
        });
        assertThatThrownBy(() -> recover(kundulun.id(), "20000.01", "r-7")).isInstanceOf(InvalidInput.class);
    }

    @Test
    @Order(6)
    void aKeyBelongsToItsCallerAndTheSameKeyWithOtherFieldsIsRefusedAs422NamingIt() {
        FundingGrant grant = db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(db.person("张赟"), magnet, LedgerDatabase.ZONE, Yuan.wan(20), SIGNED)));
        FundingPayment city = pay(Callers.cityFinance(), grant.id(), FinanceLevel.CITY, "100000.00", "shared-key");
        // the grant's district finance happened to choose the same key: a request of its own, never the city's payment
        FundingPayment district = pay(
                Callers.districtFinance(LedgerDatabase.ZONE),
                grant.id(),
                FinanceLevel.DISTRICT,
                "100000.00",
                "shared-key");
        assertThat(district.id()).isNotEqualTo(city.id());
        assertThat(district.financeLevel()).isEqualTo(FinanceLevel.DISTRICT);
        assertThat(district.recordedBy()).isEqualTo("finance" + LedgerDatabase.ZONE);
        // the same caller's key with another reference: refused, naming the key, and nothing is written
        assertThatThrownBy(() -> db.as(
                        Callers.cityFinance(),
                        l -> l.recordPayment(
                                grant.id(), FinanceLevel.CITY, Yuan.wan(10), PAID_ON, "BANK-other", "shared-key")))
                .isInstanceOfSatisfying(Unprocessable.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("Idempotency-Key");
                        assertThat(f.messageKey()).isEqualTo("ledger.idempotencyKey.otherRequest");
                        assertThat(f.arguments()).containsExactly("shared-key", String.valueOf(city.id()));
                    });
                });
        // the same fields written another way are the same request: the first payment again
        FundingPayment again = db.as(
                Callers.cityFinance(),
                l -> l.recordPayment(
                        grant.id(), FinanceLevel.CITY, Yuan.of("100000"), PAID_ON, " BANK-shared-key ", "shared-key"));
        assertThat(again.id()).isEqualTo(city.id());
        assertThat(db.count("select count(*) from core_payment where idempotency_key = 'shared-key'"))
                .isEqualTo(2);
        assertThat(db.count("select count(*) from core_payment where request_sha256 is null"))
                .isZero();

        List<FundingRecovery> first = recover(grant.id(), "20000.00", "shared-recovery");
        assertThatThrownBy(() -> recover(grant.id(), "30000.00", "shared-recovery"))
                .isInstanceOfSatisfying(Unprocessable.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("Idempotency-Key"));
        assertThat(recover(grant.id(), "20000.00", "shared-recovery"))
                .extracting(FundingRecovery::id)
                .containsExactlyElementsOf(
                        first.stream().map(FundingRecovery::id).toList());
        // another account of the city office with the same key decides anew
        List<FundingRecovery> other = db.as(
                Callers.as("city2", Role.CITY_OFFICE, AccountScope.CITY),
                l -> l.recordRecovery(
                        grant.id(), Yuan.of("10000.00"), LocalDate.of(2025, 3, 1), "辞职，未满服务期", "shared-recovery"));
        assertThat(other)
                .extracting(FundingRecovery::id)
                .doesNotContainAnyElementsOf(
                        first.stream().map(FundingRecovery::id).toList());
        assertThat(db.count("select sum(amount_yuan) from core_recovery where grant_id = " + grant.id()))
                .isEqualTo(30_000);
    }

    private FundingPayment pay(Caller caller, long grant, FinanceLevel level, String amount, String key) {
        return db.as(caller, l -> l.recordPayment(grant, level, Yuan.of(amount), PAID_ON, "BANK-" + key, key));
    }

    private List<FundingRecovery> recover(long grant, String amount, String key) {
        return db.as(
                Callers.cityOffice(),
                l -> l.recordRecovery(grant, Yuan.of(amount), LocalDate.of(2025, 3, 1), "辞职，未满服务期", key));
    }

    private List<Long> ids(Caller caller) {
        return db.as(
                caller,
                l -> l.search(null, null, 0, 50).stream().map(FundingGrant::id).toList());
    }

    private GrantStatus status(FundingGrant g) {
        return db.as(Callers.cityOffice(), l -> l.visible(g.id()).status());
    }

    private void refused(Executable call, Class<? extends Throwable> type) {
        assertThatThrownBy(call::execute).isInstanceOf(type);
    }
}
