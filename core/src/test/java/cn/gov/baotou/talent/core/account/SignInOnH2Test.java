package cn.gov.baotou.talent.core.account;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.SignIn;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.testing.SeededCore;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Five wrong passwords lock an account for 15 minutes, even against the right one; the demo accounts sign in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInOnH2Test {

    private static final char[] RIGHT = "Baotou@2022".toCharArray();
    private EntityManagerFactory emf;

    @BeforeAll
    void seed() {
        emf = SeededCore.open(TestDatabases.h2());
    }

    @AfterAll
    void close() {
        emf.close();
    }

    @Test
    void theDemoAccountsSignInWithTheirPassword() {
        assertThat(check("city", RIGHT, Instant.parse("2024-01-01T00:00:00Z"))).isPresent();
        assertThat(check("city", "wrong".toCharArray(), Instant.parse("2024-01-01T00:00:01Z")))
                .isEmpty();
        assertThat(check("nobody", RIGHT, Instant.parse("2024-01-01T00:00:02Z")))
                .isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        for (int i = 0; i < 4; i++) {
            assertThat(check("health", "wrong".toCharArray(), t.plusSeconds(i))).isEmpty();
        }
        // four failures: not locked yet
        assertThat(check("health", RIGHT, t.plusSeconds(5))).isPresent();
        for (int i = 0; i < 5; i++) {
            assertThat(check("health", "wrong".toCharArray(), t.plusSeconds(10 + i)))
                    .isEmpty();
        }
        Instant lockedAt = t.plusSeconds(14);
        assertThat(check("health", RIGHT, lockedAt.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isEmpty();
        assertThat(check("health", RIGHT, lockedAt.plus(Duration.ofMinutes(15))))
                .isPresent();
    }

    private Optional<Account> check(String username, char[] password, Instant at) {
        return inTransaction(emf, em -> new SignIn(new Accounts(em), 5, 15, Clock.fixed(at, ZoneOffset.UTC))
                .check(username, password));
    }
}
