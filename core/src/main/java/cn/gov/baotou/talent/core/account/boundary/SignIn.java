package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.PasswordHashing;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a password and keeps the lock-out count, in a transaction of its own so that a failed attempt is counted
 * even though the sign-in fails: {@code talent.login.max-failures} (5) wrong passwords lock the account for
 * {@code talent.login.lock-minutes} (15).
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "talent.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "talent.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    Clock clock;

    public SignIn() {}

    /** For use outside the container (tests): the limits and the clock given. */
    public SignIn(Accounts accounts, int maxFailures, int lockMinutes, Clock clock) {
        this.accounts = accounts;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
        this.clock = clock;
    }

    /** The account when the password is right and the account usable; empty otherwise, with the reason logged. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Account> check(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            // spend the same time as a real check so that timing does not reveal which accounts exist
            PasswordHashing.verify(password, DUMMY);
            LOG.info(() -> "sign-in refused: unknown account");
            return Optional.empty();
        }
        Account a = found.get();
        if (!a.enabled()) {
            LOG.info(() -> "sign-in refused: account disabled: " + a.username());
            return Optional.empty();
        }
        if (a.lockedAt(now)) {
            LOG.info(() -> "sign-in refused: account locked until " + a.lockedUntil() + ": " + a.username());
            return Optional.empty();
        }
        if (!PasswordHashing.verify(password, a.passwordHash())) {
            a.failedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
            LOG.info(() -> "sign-in refused: wrong password: " + a.username());
            return Optional.empty();
        }
        a.succeededLogin();
        return Optional.of(a);
    }

    private static final String DUMMY = PasswordHashing.hash("not-a-password".toCharArray());
}
