package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.PasswordHashing;
import cn.gov.baotou.talent.core.account.control.PasswordPolicy;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Accounts;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The city office manages accounts: creates them, binds role and scope, disables, resets passwords, sets e-mail. */
@ApplicationScoped
@Transactional
@Permitted(Role.CITY_OFFICE)
public class AccountAdmin {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    @Inject
    Accounts accounts;

    @Inject
    Enterprises enterprises;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    public List<Account> all() {
        return accounts.all();
    }

    public Account create(AccountForm form) {
        List<FieldError> errors = new ArrayList<>();
        String username = form.username() == null ? "" : form.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", "account.username.malformed"));
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            errors.add(FieldError.of("displayName", "registry.name.required"));
        }
        Role role = role(form.role(), errors);
        AccountScope scope = role == null ? null : scope(role, form, errors);
        char[] password =
                form.password() == null ? new char[0] : form.password().toCharArray();
        try {
            PasswordPolicy.check(username, password);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new Conflict("account.username.taken", username);
        }
        Account a = new Account(
                username,
                form.displayName().strip(),
                role,
                scope,
                PasswordHashing.hash(password),
                clock.instant(),
                false);
        accounts.add(a);
        return a;
    }

    public Account rebind(long id, AccountForm form) {
        Account a = notOwn(find(id));
        List<FieldError> errors = new ArrayList<>();
        Role role = role(form.role(), errors);
        AccountScope scope = role == null ? null : scope(role, form, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        a.bindTo(role, scope);
        return a;
    }

    public Account disable(long id) {
        Account a = notOwn(find(id));
        a.disable();
        return a;
    }

    public Account enable(long id) {
        Account a = find(id);
        a.enable();
        return a;
    }

    /** A new password set by the city office; it also lifts a lock. */
    public Account resetPassword(long id, String password) {
        Account a = find(id);
        char[] p = password == null ? new char[0] : password.toCharArray();
        PasswordPolicy.check(a.username(), p);
        a.changePassword(PasswordHashing.hash(p), clock.instant());
        return a;
    }

    /** The address notices are also mailed to; blank removes it. Refused naming {@code email} when malformed. */
    public Account changeEmail(long id, String email) {
        Account a = find(id);
        a.changeEmail(blankToNull(email));
        return a;
    }

    /**
     * The city office may not disable or rebind its own account: one request (or a hostile page riding on its session)
     * would leave the platform without anyone to manage accounts.
     */
    private Account notOwn(Account a) {
        if (a.username().equals(caller.getUsername())) {
            throw new Conflict("account.own", a.username());
        }
        return a;
    }

    private Account find(long id) {
        return accounts.byId(id).orElseThrow(() -> new NotFound("account.notFound", id));
    }

    private static Role role(String text, List<FieldError> errors) {
        try {
            return Role.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("role", "account.role.unknown", String.valueOf(text)));
            return null;
        }
    }

    private AccountScope scope(Role role, AccountForm form, List<FieldError> errors) {
        String district = blankToNull(form.districtCode());
        if (district != null && enterprises.district(district).isEmpty()) {
            errors.add(FieldError.of("districtCode", "registry.district.unknown", district));
        }
        Long enterpriseId = null;
        String credit = blankToNull(form.enterpriseCreditCode());
        if (credit != null) {
            enterpriseId = enterprises
                    .byCreditCode(credit.toUpperCase())
                    .map(e -> e.id())
                    .orElse(null);
            if (enterpriseId == null) {
                errors.add(FieldError.of("enterpriseCreditCode", "account.enterprise.unknown", credit));
            }
        }
        AccountScope scope = new AccountScope(district, blankToNull(form.departmentCode()), enterpriseId);
        try {
            scope.checkFits(role);
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        return scope;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
