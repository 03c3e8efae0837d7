package cn.gov.baotou.talent.core.account.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The wait before the next sign-in attempt of one account name or one client address is even checked, after its
 * failed ones: none for the first {@code free} failures, then {@code first}, doubling with every further failure up to
 * {@code cap}. A quiet spell of {@code forgetAfter} since the last failure starts the count again. Nobody can lock an
 * account out: the longest wait an attacker can cause is {@code cap}, and the right password works once it is over.
 */
public record SignInDelay(int free, Duration first, Duration cap, Duration forgetAfter) {

    public SignInDelay {
        if (free < 0 || first.isNegative() || cap.compareTo(first) < 0 || forgetAfter.compareTo(cap) < 0) {
            throw new IllegalArgumentException("sign-in delay: free >= 0, first <= cap <= forgetAfter");
        }
    }

    /** The failures that still count at {@code now}: none after a quiet spell. */
    public int counting(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null || !now.isBefore(lastFailure.plus(forgetAfter))) {
            return 0;
        }
        return failures;
    }

    /** The wait after so many failures in a row. */
    public Duration after(int failures) {
        if (failures < free || failures == 0) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        if (doublings >= 31) {
            return cap;
        }
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** When the next attempt is checked again; {@code now} or earlier when it may be checked now. */
    public Instant nextAttempt(int failures, Instant lastFailure, Instant now) {
        int counted = counting(failures, lastFailure, now);
        return counted == 0 ? now : lastFailure.plus(after(counted));
    }

    public boolean waiting(int failures, Instant lastFailure, Instant now) {
        return now.isBefore(nextAttempt(failures, lastFailure, now));
    }
}
