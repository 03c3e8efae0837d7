package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling in this request, with the role and scope every query filters by. An anonymous caller has no
 * account and sees only public data.
 */
@Named
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Enterprises enterprises;

    @Inject
    Instance<HttpServletRequest> request;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            String name = name();
            account = name == null
                    ? Optional.empty()
                    : checkedInThisRequest(name)
                            .or(() -> accounts.byUsername(name))
                            .filter(Account::enabled);
        }
        return account;
    }

    /**
     * The account a token was checked against in this very request ({@link TalentAuthentication}), when it is the
     * caller's: read a moment ago in the same query as the token, so not read again.
     */
    private Optional<Account> checkedInThisRequest(String name) {
        if (request == null || !request.isResolvable()) {
            return Optional.empty();
        }
        try {
            return request.get().getAttribute(TalentAuthentication.ACCOUNT) instanceof Account a
                            && a.username().equals(name)
                    ? Optional.of(a)
                    : Optional.empty();
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }

    /**
     * The caller's name: the request's, as the container checked it against the page's roles, else the one the session
     * was signed in as, else Jakarta Security's (a timer or job has no request). The request's comes first so that
     * what a page shows and what the container permitted are decided by the same principal.
     */
    private String name() {
        if (request.isResolvable()) {
            try {
                HttpServletRequest r = request.get();
                if (r.getUserPrincipal() != null) {
                    return r.getUserPrincipal().getName();
                }
                HttpSession session = r.getSession(false);
                if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn s) {
                    return s.username();
                }
            } catch (RuntimeException outsideARequest) {
                // a timer or a job: no request to ask
            }
        }
        Principal p = security.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    /**
     * Whether this request was authenticated by an API token rather than a password: a token may not issue tokens,
     * so that a leaked one cannot make itself a successor that outlives its revocation.
     */
    public boolean signedInByToken() {
        if (request == null || !request.isResolvable()) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(request.get().getAttribute(TalentAuthentication.BY_TOKEN));
        } catch (RuntimeException outsideARequest) {
            return false;
        }
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(Account::username).orElse(null);
    }

    public String getDisplayName() {
        return account().map(Account::displayName).orElse(null);
    }

    public Role role() {
        return account().map(Account::role).orElse(null);
    }

    public String getRole() {
        Role r = role();
        return r == null ? null : r.name();
    }

    public boolean is(Role... roles) {
        Role r = role();
        for (Role candidate : roles) {
            if (candidate == r) {
                return true;
            }
        }
        return false;
    }

    public AccountScope scope() {
        return account().map(Account::scope).orElse(null);
    }

    /** Sees every district: the city office, city finance and leadership. */
    public boolean seesAllDistricts() {
        return is(Role.CITY_OFFICE, Role.CITY_FINANCE, Role.LEADERSHIP);
    }

    /** The district, department or enterprise the account is bound to, as a user reads it. */
    public String getScopeLabel() {
        AccountScope scope = scope();
        if (scope == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (scope.districtCode() != null) {
            enterprises.district(scope.districtCode()).ifPresent(d -> parts.add(d.name()));
        }
        if (scope.departmentCode() != null) {
            parts.add(scope.departmentCode());
        }
        if (scope.enterpriseId() != null) {
            enterprises.visible(scope.enterpriseId(), visibility()).ifPresent(e -> parts.add(e.name()));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /** What this caller may see of district- and enterprise-bound records. */
    public Visibility visibility() {
        return account().map(a -> Visibility.of(a.role(), a.scope())).orElse(Visibility.NOTHING);
    }

    /** Reads personal data in clear: only the city office (and, per record, the person's own enterprise). */
    public boolean readsPersonalData() {
        return is(Role.CITY_OFFICE);
    }
}
