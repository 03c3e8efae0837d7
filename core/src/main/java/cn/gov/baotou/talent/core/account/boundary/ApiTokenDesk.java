package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.TokenLifetime;
import cn.gov.baotou.talent.core.account.control.TokenSecret;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.ApiToken;
import cn.gov.baotou.talent.core.account.entity.ApiTokens;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An account's API tokens: issued, listed and revoked by the city office for any account, or by the account for
 * itself; anyone else is refused (403). Issuing needs a password-signed-in caller (the form or HTTP Basic), so that
 * a leaked token cannot make itself a successor that outlives its revocation; listing and revoking may use a token.
 * The secret is in the answer to issuing only.
 */
@ApplicationScoped
@Transactional
public class ApiTokenDesk {

    private static final int NAME_MAX = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "talent.api-token.default-days", defaultValue = "90")
    int defaultDays;

    @Inject
    @ConfigProperty(name = "talent.api-token.max-days", defaultValue = "365")
    int maxDays;

    private TokenLifetime lifetime;

    public ApiTokenDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the test runs. */
    public ApiTokenDesk(EntityManager em, Caller caller, Clock clock, TokenLifetime lifetime) {
        this.accounts = new Accounts(em);
        this.tokens = new ApiTokens(em);
        this.caller = caller;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @PostConstruct
    void lifetime() {
        lifetime = new TokenLifetime(defaultDays, maxDays);
    }

    /** A new token for {@code username}, with its secret: the only time the secret is shown. */
    public ApiTokenView issue(String username, String name, LocalDate expiresOn) {
        Account account = account(username);
        if (caller.signedInByToken()) {
            throw new Forbidden("issue a token by token", "account.token.byToken");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw new InvalidInput(List.of(FieldError.of("name", "account.token.name.required", NAME_MAX)));
        }
        LocalDate expiry = lifetime.expiresOn(LocalDate.now(clock), expiresOn);
        if (!account.enabled()) {
            throw new Conflict("account.token.accountDisabled", account.username());
        }
        TokenSecret secret = TokenSecret.generate(RANDOM);
        ApiToken token = new ApiToken(
                account, n, secret.lookupId(), secret.hash(), clock.instant(), caller.getUsername(), expiry);
        tokens.add(token);
        return ApiTokenView.of(token, secret.text());
    }

    /** The account's tokens, newest first, without secrets. */
    public List<ApiTokenView> list(String username) {
        return tokens.of(account(username)).stream().map(ApiTokenView::of).toList();
    }

    /** Revokes the account's token {@code id} for good; revoking a revoked token changes nothing. */
    public ApiTokenView revoke(String username, long id) {
        Account account = account(username);
        ApiToken token = tokens.of(account, id).orElseThrow(() -> new NotFound("account.token.notFound", id));
        token.revoke(clock.instant(), caller.getUsername());
        return ApiTokenView.of(token);
    }

    /** The account named, when the caller may manage its tokens: the city office, or the account itself. */
    private Account account(String username) {
        boolean self = username != null && username.equals(caller.getUsername());
        if (!self && !caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("tokens of another account", "account.token.othersForbidden");
        }
        return accounts.byUsername(username).orElseThrow(() -> new NotFound("account.username.notFound", username));
    }
}
