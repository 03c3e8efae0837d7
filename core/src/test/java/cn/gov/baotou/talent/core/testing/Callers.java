package cn.gov.baotou.talent.core.testing;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import java.util.Optional;

/** Signed-in callers for boundary tests outside the container: an account of a role and scope, never stored. */
public final class Callers {

    private Callers() {}

    public static Caller as(String username, Role role, AccountScope scope) {
        Account account = new Account(username, username, role, scope, "not-a-hash", TestClock.CLOCK.instant(), false);
        return new Caller() {
            @Override
            public Optional<Account> account() {
                return Optional.of(account);
            }
        };
    }

    public static Caller cityOffice() {
        return as("city", Role.CITY_OFFICE, AccountScope.CITY);
    }

    public static Caller districtOffice(String districtCode) {
        return as("district" + districtCode, Role.DISTRICT_OFFICE, AccountScope.district(districtCode));
    }

    public static Caller enterprise(long enterpriseId) {
        return as("enterprise" + enterpriseId, Role.ENTERPRISE, AccountScope.enterprise(enterpriseId));
    }

    public static Caller cityFinance() {
        return as("cityfinance", Role.CITY_FINANCE, AccountScope.CITY);
    }

    public static Caller districtFinance(String districtCode) {
        return as("finance" + districtCode, Role.DISTRICT_FINANCE, AccountScope.district(districtCode));
    }
}
