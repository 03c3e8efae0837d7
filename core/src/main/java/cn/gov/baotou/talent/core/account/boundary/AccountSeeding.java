package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.control.PasswordHashing;
import cn.gov.baotou.talent.core.account.control.PasswordPolicy;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The first accounts: the demo accounts (only together with the demo data), and on a production database without
 * any city office account, an {@code admin} account with the password given in {@code TALENT_ADMIN_PASSWORD}.
 */
@ApplicationScoped
public class AccountSeeding {

    private static final Logger LOG = Logger.getLogger(AccountSeeding.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public AccountSeeding() {}

    /**
     * For use outside the container (tests), with an entity manager whose transaction the caller runs; the accounts are
     * stamped as created on the seeds' first day.
     */
    public AccountSeeding(EntityManager em) {
        this.em = em;
        this.clock = Clock.fixed(Instant.parse("2022-05-30T00:00:00Z"), Beijing.ZONE);
    }

    @Transactional
    public int importDemoAccounts() {
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() > 0) {
            return 0;
        }
        int n = 0;
        Instant now = clock.instant();
        for (Map<String, String> r :
                new SeedFiles(AccountSeeding.class.getClassLoader()).csv("seeds/demo/accounts.csv")) {
            Role role = Role.valueOf(r.get("role"));
            AccountScope scope =
                    switch (role.scope()) {
                        case CITY -> AccountScope.CITY;
                        case DISTRICT -> AccountScope.district(r.get("districtCode"));
                        case DEPARTMENT ->
                            new AccountScope(blankToNull(r.get("districtCode")), r.get("departmentCode"), null);
                        case ENTERPRISE -> AccountScope.enterprise(enterpriseId(r.get("enterpriseCreditCode")));
                    };
            em.persist(new Account(
                    r.get("username"), r.get("displayName"), role, scope, r.get("passwordHash"), now, true));
            n++;
        }
        LOG.info("demo accounts loaded: " + n + " (password in the README; demo data only)");
        return n;
    }

    /** Creates {@code admin} (city office) when no city office account exists and a password is configured. */
    @Transactional
    public boolean ensureAdministrator(String password) {
        boolean hasCityOffice =
                em.createQuery("select count(a) from Account a where a.role = :r and a.enabled = true", Long.class)
                                .setParameter("r", Role.CITY_OFFICE)
                                .getSingleResult()
                        > 0;
        if (hasCityOffice) {
            return false;
        }
        if (password == null || password.isBlank()) {
            LOG.warning("no city office account: set TALENT_ADMIN_PASSWORD to create the 'admin' account");
            return false;
        }
        PasswordPolicy.check("admin", password.toCharArray());
        em.persist(new Account(
                "admin",
                "系统管理员（市委人才办）",
                Role.CITY_OFFICE,
                AccountScope.CITY,
                PasswordHashing.hash(password.toCharArray()),
                clock.instant(),
                false));
        LOG.info("account 'admin' (city office) created from TALENT_ADMIN_PASSWORD");
        return true;
    }

    private long enterpriseId(String creditCode) {
        return em.createQuery("select e from Enterprise e where e.creditCode = :c", Enterprise.class)
                .setParameter("c", creditCode)
                .getSingleResult()
                .id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
