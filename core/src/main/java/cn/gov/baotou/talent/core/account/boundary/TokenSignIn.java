package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.TokenSecret;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.ApiToken;
import cn.gov.baotou.talent.core.account.entity.ApiTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks an API token on a call: one indexed query for the token and its account, one SHA-256. The account is the
 * one to act as while the token is not revoked, not past its expiry day and the account is enabled. A lock-out after
 * wrong passwords does not stop tokens: it guards the password, and it must not let anyone who types a name stop an
 * integration. The last-used time is written at most once a minute, in a transaction of its own; the check itself
 * only reads and needs none.
 */
@ApplicationScoped
public class TokenSignIn {

    private static final Logger LOG = Logger.getLogger(TokenSignIn.class.getName());

    @Inject
    ApiTokens tokens;

    @Inject
    ApiTokenUse uses;

    @Inject
    Clock clock;

    public TokenSignIn() {}

    /** For use outside the container (tests): the use is written in the test's transaction. */
    public TokenSignIn(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.uses = new ApiTokenUse(tokens);
        this.clock = clock;
    }

    /** The account {@code bearer} acts for; empty when it is no usable token, with the reason logged. */
    public Optional<Account> check(String bearer) {
        Optional<TokenSecret> secret = TokenSecret.parse(bearer);
        if (secret.isEmpty()) {
            LOG.fine("token refused: malformed");
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.byLookupId(secret.get().lookupId());
        if (found.isEmpty() || !secret.get().matches(found.get().secretHash())) {
            LOG.info(() -> "token refused: unknown or wrong secret: " + secret.get());
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        if (!token.worksOn(LocalDate.ofInstant(now, clock.getZone()))) {
            LOG.info(() -> "token refused: revoked or expired: " + secret.get());
            return Optional.empty();
        }
        Account account = token.account();
        if (!account.enabled()) {
            LOG.info(() -> "token refused: account disabled: " + account.username());
            return Optional.empty();
        }
        if (token.lastUseDue(now)) {
            uses.record(token.id(), now);
        }
        return Optional.of(account);
    }
}
