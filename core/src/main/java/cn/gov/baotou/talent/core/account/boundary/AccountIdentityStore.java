package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/** The platform's accounts as a Jakarta Security identity store: the role is the caller's one group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account =
                signIn.check(credential.getCaller(), credential.getPassword().getValue());
        return account.map(a -> new CredentialValidationResult(
                        a.username(), Set.of(a.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
