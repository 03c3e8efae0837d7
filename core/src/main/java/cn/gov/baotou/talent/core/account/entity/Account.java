package cn.gov.baotou.talent.core.account.entity;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A sign-in account: one role, bound to the scope the role needs (a district, a department or an enterprise), with
 * its PBKDF2 password hash. Failed sign-ins are counted apart ({@link FailedSignIn}): an account is never locked.
 */
@Entity
@Audited
@Table(name = "core_account")
public class Account {

    /** One @, a domain with a dot, no spaces: enough to catch a typing slip; the mail server judges the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_account_seq")
    @SequenceGenerator(name = "core_account_seq", sequenceName = "core_account_seq", allocationSize = 1)
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "department_code", length = 20)
    private String departmentCode;

    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(nullable = false)
    private boolean demo;

    /** Where notices are also mailed when the platform has a mail server; none by default. */
    @Column(length = 254)
    private String email;

    protected Account() {}

    public Account(
            String username,
            String displayName,
            Role role,
            AccountScope scope,
            String passwordHash,
            Instant now,
            boolean demo) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        bindTo(role, scope);
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.demo = demo;
    }

    /** A new role and scope; the scope the role does not need is cleared. */
    public void bindTo(Role role, AccountScope scope) {
        scope.checkFits(role);
        this.role = role;
        this.districtCode = scope.districtCode();
        this.departmentCode = scope.departmentCode();
        this.enterpriseId = scope.enterpriseId();
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public AccountScope scope() {
        return new AccountScope(districtCode, departmentCode, enterpriseId);
    }

    public boolean enabled() {
        return enabled;
    }

    /** A new address, or none (null); refused naming {@code email} when it cannot be one. */
    public void changeEmail(String email) {
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInput(List.of(FieldError.of("email", "account.email.malformed", email)));
        }
        this.email = email;
    }

    public String email() {
        return email;
    }

    public boolean demo() {
        return demo;
    }
}
