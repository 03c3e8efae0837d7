package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Account;
import java.time.Instant;

/**
 * An account as the city office sees it: never its password hash. {@code lockedUntil} stays in the answer for the
 * scripts that read it, always null: failed sign-ins delay the next attempt instead of locking the account.
 */
public record AccountView(
        long id,
        String username,
        String displayName,
        String role,
        String districtCode,
        String departmentCode,
        Long enterpriseId,
        boolean enabled,
        Instant lockedUntil,
        boolean demo,
        String email) {

    static AccountView of(Account a) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.role().name(),
                a.scope().districtCode(),
                a.scope().departmentCode(),
                a.scope().enterpriseId(),
                a.enabled(),
                null,
                a.demo(),
                a.email());
    }
}
