package cn.gov.baotou.talent.core.account.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/**
 * How long an API token lasts. Its expiry day is the last day it works (有效期至, inclusive, Beijing time): a token
 * issued "until 30 June" is accepted all of 30 June and refused from 1 July. Without a day asked for, a token lasts
 * {@code defaultDays}; no token lasts longer than {@code maxDays} from the day it is issued, so that a forgotten one
 * does not work for ever. Both are configuration ({@code talent.api-token.default-days}, {@code .max-days}), like the
 * sign-in lock-out: a security setting of the platform, not an amount of a policy.
 */
public record TokenLifetime(int defaultDays, int maxDays) {

    public TokenLifetime {
        if (defaultDays < 0 || maxDays < defaultDays) {
            throw new IllegalArgumentException(
                    "token lifetime: 0 <= default days <= max days, got " + defaultDays + " and " + maxDays);
        }
    }

    /**
     * The expiry day of a token issued {@code today}: {@code requested}, or the default when none is asked for;
     * refused naming {@code expiresOn} when before today or beyond the longest lifetime.
     */
    public LocalDate expiresOn(LocalDate today, LocalDate requested) {
        if (requested == null) {
            return today.plusDays(defaultDays);
        }
        if (requested.isBefore(today)) {
            throw new InvalidInput(List.of(FieldError.of("expiresOn", "account.token.expiresOn.past", today)));
        }
        LocalDate latest = today.plusDays(maxDays);
        if (requested.isAfter(latest)) {
            throw new InvalidInput(
                    List.of(FieldError.of("expiresOn", "account.token.expiresOn.tooLate", maxDays, latest)));
        }
        return requested;
    }

    /** Whether a token expiring on {@code expiresOn} still works on {@code day}: through its expiry day. */
    public static boolean works(LocalDate expiresOn, LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
