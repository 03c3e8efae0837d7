package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.ClientAddress;
import cn.gov.baotou.talent.core.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's accounts as a Jakarta Security identity store: the role is the caller's one group. {@link
 * TalentAuthentication} calls it with the request, for the sign-in throttle to know the client's address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    /** Addresses of the operator's reverse proxies, comma-separated: only theirs {@code X-Forwarded-For} is believed. */
    @Inject
    @ConfigProperty(name = "talent.trusted-proxies")
    Optional<String> trustedProxies;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return validate(credential, "unknown");
    }

    CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        return validate(
                credential, ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies()));
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential, String address) {
        Optional<Account> account =
                check(credential.getCaller(), credential.getPassword().getValue(), address);
        return account.map(a -> new CredentialValidationResult(
                        a.username(), Set.of(a.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * Once more when the first try failed on the database: two first failures of one name at once both insert its
     * row, and one of them fails on the primary key (the second try finds the row).
     */
    private Optional<Account> check(String username, char[] password, String address) {
        try {
            return signIn.check(username, password, address);
        } catch (RuntimeException e) {
            return signIn.check(username, password, address);
        }
    }

    private Set<String> proxies() {
        return Arrays.stream(trustedProxies.orElse("").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
