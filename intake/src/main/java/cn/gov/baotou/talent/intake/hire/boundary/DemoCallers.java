package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who does each step of the demo stories: the demo account of the role and scope where there is one (so timelines
 * name 市委人才办 or 稀土高新区财政局 as their pages do), else a stand-in named for its scope. These callers are
 * never stored and sign nobody in; they only carry a role and scope through the façades' own checks.
 */
final class DemoCallers {

    private final EntityManager em;
    private final Map<String, Caller> made = new HashMap<>();

    DemoCallers(EntityManager em) {
        this.em = em;
    }

    Caller cityOffice() {
        return of(Role.CITY_OFFICE, AccountScope.CITY, "city");
    }

    Caller cityFinance() {
        return of(Role.CITY_FINANCE, AccountScope.CITY, "cityfinance");
    }

    Caller districtOffice(String district) {
        return of(Role.DISTRICT_OFFICE, AccountScope.district(district), "office" + district);
    }

    Caller districtFinance(String district) {
        return of(Role.DISTRICT_FINANCE, AccountScope.district(district), "finance" + district);
    }

    Caller enterprise(long id) {
        return of(Role.ENTERPRISE, AccountScope.enterprise(id), "enterprise" + id);
    }

    private Caller of(Role role, AccountScope scope, String standIn) {
        return made.computeIfAbsent(role + "/" + scope, k -> {
            Account account = new Account(
                    username(role, scope).orElse(standIn), standIn, role, scope, "not-a-hash", Instant.EPOCH, true);
            return new Caller() {
                @Override
                public Optional<Account> account() {
                    return Optional.of(account);
                }
            };
        });
    }

    /** The first demo account of the role and scope, by user name. */
    private Optional<String> username(Role role, AccountScope scope) {
        String bound = scope.enterpriseId() != null
                ? " and a.enterpriseId = :e"
                : scope.districtCode() != null ? " and a.districtCode = :d" : " and a.districtCode is null";
        TypedQuery<String> q = em.createQuery(
                "select a.username from Account a where a.role = :r and a.enabled = true" + bound
                        + " order by a.username",
                String.class);
        q.setParameter("r", role);
        if (scope.enterpriseId() != null) {
            q.setParameter("e", scope.enterpriseId());
        } else if (scope.districtCode() != null) {
            q.setParameter("d", scope.districtCode());
        }
        return q.setMaxResults(1).getResultList().stream().findFirst();
    }
}
