package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.PasswordHashing;
import cn.gov.baotou.talent.core.account.control.SignInDelay;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.FailedSignIn;
import cn.gov.baotou.talent.core.account.entity.FailedSignIns;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a password, throttled per account name and per client address instead of locked out: after {@code
 * talent.login.free-failures} (3) failures of a name, or {@code talent.login.free-failures-per-address} (10) from an
 * address, the next attempt is not even checked until a wait has passed (1 s, doubling with every further failure, at
 * most {@code talent.login.max-delay-seconds}, 30 s); {@code talent.login.forget-minutes} (15) without a failure
 * start the count again. The right password works as soon as the wait is over: nobody can keep an account out for
 * more than that wait.
 *
 * <p>Unknown names are counted like known ones, and every attempt costs one PBKDF2 and the same writes, so that
 * neither the answer nor its time tells an unknown name, a disabled account, a wrong password and an attempt made
 * during the wait apart. At {@code talent.login.burst-failures} (10) failures in a row of one name or address the
 * city office is told, once per burst ({@link SignInBurst}).
 *
 * <p>Runs in a transaction of its own, so that a failure is counted even though the sign-in fails. Its time is the
 * database's, not the platform's clock: failures are counted alike on every instance, and a demo platform whose clock
 * starts on the same day at every start (TALENT_CLOCK) does not find failures from its "future".
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    private static final String DUMMY = PasswordHashing.hash("not-a-password".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    FailedSignIns failures;

    @Inject
    Event<SignInBurst> burstEvent;

    @Inject
    @ConfigProperty(name = "talent.login.free-failures", defaultValue = "3")
    int freePerAccount;

    @Inject
    @ConfigProperty(name = "talent.login.free-failures-per-address", defaultValue = "10")
    int freePerAddress;

    @Inject
    @ConfigProperty(name = "talent.login.max-delay-seconds", defaultValue = "30")
    int maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "talent.login.forget-minutes", defaultValue = "15")
    int forgetMinutes;

    @Inject
    @ConfigProperty(name = "talent.login.burst-failures", defaultValue = "10")
    int burstFailures;

    private SignInDelay perAccount;
    private SignInDelay perAddress;
    private Consumer<SignInBurst> bursts;

    /** The database's time in the server (see FailedSignIns#now); a fixed clock's in tests. */
    private Supplier<Instant> time;

    public SignIn() {}

    /** For use outside the container (tests): the delays, the burst size, the clock and who hears of bursts. */
    public SignIn(
            Accounts accounts,
            FailedSignIns failures,
            SignInDelay perAccount,
            SignInDelay perAddress,
            int burstFailures,
            Clock clock,
            Consumer<SignInBurst> bursts) {
        this.accounts = accounts;
        this.failures = failures;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.burstFailures = burstFailures;
        this.time = clock::instant;
        this.bursts = bursts;
    }

    @PostConstruct
    void configure() {
        Duration cap = Duration.ofSeconds(Math.max(1, maxDelaySeconds));
        Duration forget = Duration.ofMinutes(Math.max(1, forgetMinutes));
        perAccount = new SignInDelay(freePerAccount, Duration.ofSeconds(1), cap, forget);
        perAddress = new SignInDelay(freePerAddress, Duration.ofSeconds(1), cap, forget);
        bursts = burstEvent::fire;
        time = failures::now;
    }

    /**
     * The account when the password is right, the account enabled and neither its name nor the address has to wait;
     * empty otherwise, with the reason logged (never in the answer).
     *
     * @param address the client's address ({@code ClientAddress})
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Account> check(String username, char[] password, String address) {
        Instant now = time.get();
        String name = subject("account:", username);
        String from = subject("address:", address);
        // both read, whichever waits: the same queries on every path
        boolean nameWaits = waiting(name, perAccount, now);
        boolean addressWaits = waiting(from, perAddress, now);
        boolean waiting = nameWaits || addressWaits;
        Optional<Account> found = accounts.byUsername(username);
        // one PBKDF2 on every path: against a dummy hash for an unknown name, and even while the caller has to wait
        boolean right = PasswordHashing.verify(
                password, found.map(Account::passwordHash).orElse(DUMMY));
        if (waiting) {
            failures.forUpdate(name, now).refused();
            failures.forUpdate(from, now).refused();
            LOG.info(() -> "sign-in refused unchecked: too many failures of " + name + " or " + from);
            return Optional.empty();
        }
        if (found.isPresent() && found.get().enabled() && right) {
            failures.forget(name);
            return found;
        }
        failed(name, perAccount, now);
        failed(from, perAddress, now);
        LOG.info(() -> "sign-in refused: "
                + (found.isEmpty() ? "unknown account" : found.get().enabled() ? "wrong password" : "disabled")
                + ": " + name + " from " + from);
        return Optional.empty();
    }

    private boolean waiting(String subject, SignInDelay delay, Instant now) {
        return failures.of(subject)
                .map(f -> delay.waiting(f.failures(), f.lastFailure(), now))
                .orElse(false);
    }

    private void failed(String subject, SignInDelay delay, Instant now) {
        FailedSignIn row = failures.forUpdate(subject, now);
        row.failed(delay.counting(row.failures(), row.lastFailure(), now), now);
        if (row.failures() >= burstFailures && row.tellOfBurst()) {
            int colon = subject.indexOf(':');
            LOG.warning(() -> "burst of failed sign-ins: " + subject + ", " + row.failures() + " in a row");
            bursts.accept(new SignInBurst(subject.substring(0, colon), subject.substring(colon + 1), row.failures()));
        }
    }

    private static String subject(String kind, String value) {
        String v = value == null ? "" : value;
        return kind + (v.length() > 150 ? v.substring(0, 150) : v);
    }
}
