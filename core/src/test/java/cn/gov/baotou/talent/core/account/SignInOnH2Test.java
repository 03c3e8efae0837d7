package cn.gov.baotou.talent.core.account;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.SignIn;
import cn.gov.baotou.talent.core.account.boundary.SignInBurst;
import cn.gov.baotou.talent.core.account.control.SignInDelay;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.FailedSignIn;
import cn.gov.baotou.talent.core.account.entity.FailedSignIns;
import cn.gov.baotou.talent.core.testing.SeededCore;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Wrong passwords delay the next attempt of the name and of the address but never lock the account out; unknown
 * names are throttled alike; a burst is told once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInOnH2Test {

    private static final char[] RIGHT = "Baotou@2022".toCharArray();
    private static final char[] WRONG = "wrong".toCharArray();
    private static final SignInDelay PER_ACCOUNT =
            new SignInDelay(3, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final SignInDelay PER_ADDRESS =
            new SignInDelay(10, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15));

    private EntityManagerFactory emf;
    private final List<SignInBurst> bursts = new ArrayList<>();

    @BeforeAll
    void seed() {
        emf = SeededCore.open(TestDatabases.h2(), FailedSignIn.class);
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void theDemoAccountsSignInWithTheirPassword() {
        assertThat(check("city", RIGHT, "10.0.0.1", Instant.parse("2024-01-01T00:00:00Z")))
                .isPresent();
        assertThat(check("city", WRONG, "10.0.0.1", Instant.parse("2024-01-01T00:00:01Z")))
                .isEmpty();
        assertThat(check("nobody", RIGHT, "10.0.0.1", Instant.parse("2024-01-01T00:00:02Z")))
                .isEmpty();
    }

    @Test
    void tenWrongPasswordsDelayTheRightOneButDoNotStopIt() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        // each from its own address, as an attacker spreading its guesses would: the name's count alone matters
        for (int i = 0; i < 10; i++) {
            t = t.plusSeconds(40);
            assertThat(check("health", WRONG, "10.1.0." + i, t)).isEmpty();
        }
        // ten failures in a row: 30 s before the next attempt is checked, even the right password
        assertThat(check("health", RIGHT, "10.2.0.1", t.plusSeconds(29))).isEmpty();
        assertThat(check("health", RIGHT, "10.2.0.1", t.plusSeconds(30))).isPresent();
        // signing in forgets the name's failures
        assertThat(check("health", WRONG, "10.2.0.1", t.plusSeconds(31))).isEmpty();
        assertThat(check("health", RIGHT, "10.2.0.1", t.plusSeconds(31))).isPresent();
    }

    @Test
    void theThirdFailureCostsOneSecondTheFourthTwo() {
        Instant t = Instant.parse("2024-04-01T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(check("cityfinance", WRONG, "10.3.0.1", t)).isEmpty();
        }
        assertThat(check("cityfinance", RIGHT, "10.3.0.1", t.plusMillis(999))).isEmpty();
        assertThat(check("cityfinance", WRONG, "10.3.0.1", t.plusSeconds(1))).isEmpty();
        assertThat(check("cityfinance", RIGHT, "10.3.0.1", t.plusSeconds(2).plusMillis(999)))
                .isEmpty();
        assertThat(check("cityfinance", RIGHT, "10.3.0.1", t.plusSeconds(3))).isPresent();
    }

    @Test
    void anAddressThatKeepsFailingWaitsWhateverNameItTries() {
        Instant t = Instant.parse("2024-05-01T08:00:00Z");
        for (int i = 0; i < 10; i++) {
            assertThat(check("guess" + i, WRONG, "10.4.0.1", t)).isEmpty();
        }
        assertThat(check("kundulun", RIGHT, "10.4.0.1", t.plusMillis(500))).isEmpty();
        assertThat(check("kundulun", RIGHT, "10.4.0.2", t.plusMillis(500))).isPresent();
        assertThat(check("kundulun", RIGHT, "10.4.0.1", t.plusSeconds(1))).isPresent();
    }

    @Test
    void unknownNamesAreThrottledAsKnownOnesAre() {
        Instant t = Instant.parse("2024-06-01T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            check("no-such-account", WRONG, "10.5.0." + i, t);
        }
        assertThat(row("account:no-such-account").failures()).isEqualTo(3);
        check("no-such-account", WRONG, "10.5.0.9", t.plusMillis(10));
        // refused unchecked: counted as refused, not as a failure, exactly as for a known name
        assertThat(row("account:no-such-account").failures()).isEqualTo(3);
        assertThat(row("account:no-such-account").refusedCount()).isEqualTo(1);
    }

    @Test
    void aBurstIsToldOnceForTheNameAndOnceForTheAddress() {
        bursts.clear();
        Instant t = Instant.parse("2024-07-01T08:00:00Z");
        for (int i = 0; i < 15; i++) {
            t = t.plusSeconds(31);
            check("leader", WRONG, "10.6.0.1", t);
        }
        assertThat(bursts)
                .containsExactly(new SignInBurst("account", "leader", 10), new SignInBurst("address", "10.6.0.1", 10));
        // a quiet quarter of an hour starts a new count, and a new burst is told again
        t = t.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 10; i++) {
            t = t.plusSeconds(31);
            check("leader", WRONG, "10.6.0.2", t);
        }
        assertThat(bursts)
                .hasSize(4)
                .endsWith(new SignInBurst("account", "leader", 10), new SignInBurst("address", "10.6.0.2", 10));
    }

    private FailedSignIn row(String subject) {
        return inTransaction(emf, em -> new FailedSignIns(em).of(subject).orElseThrow());
    }

    private Optional<Account> check(String username, char[] password, String address, Instant at) {
        return inTransaction(emf, em -> new SignIn(
                        new Accounts(em),
                        new FailedSignIns(em),
                        PER_ACCOUNT,
                        PER_ADDRESS,
                        10,
                        Clock.fixed(at, ZoneOffset.UTC),
                        bursts::add)
                .check(username, password, address));
    }
}
