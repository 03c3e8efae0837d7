package cn.gov.baotou.talent.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.ledger.boundary.FundingLedger;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRefused;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.testing.Callers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Concurrent requests on a real database, each caller with its own entity manager and transaction, all released at
 * once: one payment per idempotency key and share, one grant per beneficiary and purpose, whoever comes first. Run
 * once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerConcurrencyContract {

    static final int CALLERS = 50;
    static final LocalDate SIGNED = LocalDate.of(2024, 9, 27);
    static final LocalDate PAID_ON = LocalDate.of(2024, 10, 15);

    LedgerDatabase db;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() {
        db = new LedgerDatabase(freshDatabase());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void fiftyConcurrentPaymentRequestsWithOneIdempotencyKeyPayExactlyOnce() throws Exception {
        FundingGrant grant = book("王堃", "91150271MAYY0D013N", LedgerDatabase.ZONE);
        try (RaceLog races = new RaceLog()) {
            List<Object> answers = race(CALLERS, i -> Callers.cityFinance(), (i, l) -> l.recordPayment(
                            grant.id(), FinanceLevel.CITY, Yuan.wan(10), PAID_ON, "BANK-20241015-01", "pay-once")
                    .id());
            assertThat(answers).hasSize(CALLERS).allSatisfy(a -> assertThat(a).isInstanceOf(Long.class));
            assertThat(answers.stream().distinct()).hasSize(1);
            assertThat(db.count("select count(*) from core_payment where idempotency_key = 'pay-once'"))
                    .isEqualTo(1);
            assertThat(db.count("select count(*) from core_payment where grant_id = " + grant.id()))
                    .isEqualTo(1);
            assertThat(db.count("select count(*) from core_payment_aud where idempotency_key = 'pay-once'"))
                    .isEqualTo(1);
            System.out.printf(
                    "%s: %d concurrent payment requests with one key: 1 payment %s, %d answered after a unique"
                            + " constraint refused their row, %d by the key once the grant lock was theirs%n",
                    getClass().getSimpleName(),
                    CALLERS,
                    answers.get(0),
                    races.clashes(),
                    CALLERS - 1 - races.clashes());
        }
    }

    @Test
    void concurrentRequestsForBothSharesEachPayTheirOwnShareOnce() throws Exception {
        FundingGrant grant = book("李喆", "91150203MAYY0D072A", LedgerDatabase.KUNDULUN);
        List<Object> answers = race(
                CALLERS,
                i -> i % 2 == 0 ? Callers.cityFinance() : Callers.districtFinance(LedgerDatabase.KUNDULUN),
                (i, l) -> {
                    FinanceLevel level = i % 2 == 0 ? FinanceLevel.CITY : FinanceLevel.DISTRICT;
                    return l.recordPayment(grant.id(), level, Yuan.wan(10), PAID_ON, "BANK-" + level, "both-" + level)
                            .id();
                });
        assertThat(answers).allSatisfy(a -> assertThat(a).isInstanceOf(Long.class));
        assertThat(answers.stream().distinct()).hasSize(2);
        assertThat(db.count("select count(*) from core_payment where grant_id = " + grant.id()))
                .isEqualTo(2);
        GrantStatus status =
                db.as(Callers.cityOffice(), l -> l.visible(grant.id()).status());
        assertThat(status).isEqualTo(GrantStatus.PAID);
    }

    @Test
    void oneKeySentAtOnceForTwoGrantsPaysOneAndNamesItToTheOtherGrantsCallers() throws Exception {
        FundingGrant a = book("刘玥", "91150271MAYY0D021H", LedgerDatabase.ZONE);
        FundingGrant b = book("陈珺", "91150271MAYY0D03X9", LedgerDatabase.ZONE);
        try (RaceLog races = new RaceLog()) {
            List<Object> answers = race(CALLERS, i -> Callers.cityFinance(), (i, l) -> l.recordPayment(
                            (i % 2 == 0 ? a : b).id(), FinanceLevel.CITY, Yuan.wan(10), PAID_ON, "BANK-X", "reused")
                    .id());
            assertThat(db.count("select count(*) from core_payment where idempotency_key = 'reused'"))
                    .isEqualTo(1);
            long paid = db.count("select id from core_payment where idempotency_key = 'reused'");
            assertThat(answers)
                    .filteredOn(x -> x instanceof Long)
                    .containsOnly(paid)
                    .hasSize(CALLERS / 2);
            assertThat(answers)
                    .filteredOn(x -> !(x instanceof Long))
                    .hasSize(CALLERS / 2)
                    .allSatisfy(x -> {
                        assertThat(x).isInstanceOf(Conflict.class);
                        assertThat(((Conflict) x).messageKey()).isEqualTo("ledger.payment.keyUsed");
                        assertThat(((Conflict) x).arguments()).contains(String.valueOf(paid));
                    });
            System.out.printf(
                    "%s: one key sent at once for two grants: 1 payment, %d callers of the other grant refused"
                            + " naming it, %d of them after a unique constraint refused their row%n",
                    getClass().getSimpleName(), CALLERS / 2, races.clashes());
        }
    }

    @Test
    void concurrentGrantsForOneBeneficiaryAndPurposeBookOneAndNameItToEveryOther() throws Exception {
        long person = db.person("张赟");
        long enterprise = db.enterprise("91150207MAYY0D056E");
        GrantRequest request = db.subsidy(person, enterprise, "150207", Yuan.wan(10), SIGNED);
        try (RaceLog races = new RaceLog()) {
            List<Object> answers = race(
                    20, i -> Callers.cityOffice(), (i, l) -> l.grant(request).id());
            List<Object> booked =
                    answers.stream().filter(a -> a instanceof Long).toList();
            assertThat(booked).hasSize(1);
            assertThat(answers)
                    .filteredOn(a -> !(a instanceof Long))
                    .hasSize(19)
                    .allSatisfy(a -> {
                        assertThat(a).isInstanceOf(Conflict.class);
                        if (a instanceof GrantRefused r) {
                            assertThat(r.heldGrantId()).isEqualTo(booked.get(0));
                        }
                    });
            assertThat(db.count("select count(*) from core_grant where beneficiary_id = " + person))
                    .isEqualTo(1);
            long named = answers.stream().filter(a -> a instanceof GrantRefused).count();
            System.out.printf(
                    "%s: 20 concurrent grants for one purpose: 1 booked; of the 19 refused, %d after a unique"
                            + " constraint refused their row; %d refused naming the booked grant, %d asked to retry%n",
                    getClass().getSimpleName(), races.clashes(), named, 19 - named);
        }
    }

    private FundingGrant book(String person, String creditCode, String district) {
        return db.as(
                Callers.cityOffice(),
                l -> l.grant(db.subsidy(db.person(person), db.enterprise(creditCode), district, Yuan.wan(20), SIGNED)));
    }

    /**
     * Runs {@code callers} requests at once, each in its own thread, entity manager and transaction; returns what each
     * answered: its result, or the exception it ended with.
     */
    private List<Object> race(int callers, IntFunction<Caller> caller, BiFunction<Integer, FundingLedger, Object> work)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Caller c = caller.apply(i);
            int n = i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return db.as(c, l -> work.apply(n, l));
            }));
        }
        ready.await();
        go.countDown();
        List<Object> answers = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                answers.add(f.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                answers.add(e.getCause());
            } catch (TimeoutException e) {
                answers.add(e);
            }
        }
        pool.shutdownNow();
        return answers;
    }
}
