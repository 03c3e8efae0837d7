package cn.gov.baotou.talent.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.ApiToken;
import cn.gov.baotou.talent.core.account.entity.Role;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A stored token: revoked for good by the first revocation; its use due to be written once a minute at most. */
class ApiTokenTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);
    private final Account city =
            new Account("city", "市委人才办", Role.CITY_OFFICE, AccountScope.CITY, "x", Instant.EPOCH, false);

    private ApiToken token() {
        return new ApiToken(city, "夜间导出", "0123456789abcdef", "0".repeat(64), Instant.EPOCH, "city", EXPIRY);
    }

    @Test
    void aRevokedTokenNoLongerWorksAndTheFirstRevocationStays() {
        ApiToken t = token();
        assertThat(t.worksOn(EXPIRY)).isTrue();
        assertThat(t.worksOn(EXPIRY.plusDays(1))).isFalse();
        Instant first = Instant.parse("2026-06-15T01:00:00Z");
        t.revoke(first, "city");
        t.revoke(first.plusSeconds(60), "magnet");
        assertThat(t.worksOn(EXPIRY.minusDays(10))).isFalse();
        assertThat(t.revokedAt()).isEqualTo(first);
        assertThat(t.revokedBy()).isEqualTo("city");
    }

    @Test
    void aNeverUsedTokensFirstUseIsDue() {
        assertThat(token().lastUseDue(Instant.parse("2026-06-15T01:00:00Z"))).isTrue();
    }
}
