package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.ApiToken;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An API token as its account and the city office see it: never its secret or hash, except {@code token}, the whole
 * secret text, which only the answer to issuing carries (null everywhere else). {@code prefix} is the token's start,
 * to tell which token a script holds.
 */
public record ApiTokenView(
        long id,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        String createdBy,
        LocalDate expiresOn,
        Instant lastUsedAt,
        boolean revoked,
        Instant revokedAt,
        String revokedBy,
        String token) {

    static ApiTokenView of(ApiToken t) {
        return of(t, null);
    }

    static ApiTokenView of(ApiToken t, String secretText) {
        return new ApiTokenView(
                t.id(),
                t.account().username(),
                t.name(),
                "tpt_" + t.lookupId(),
                t.createdAt(),
                t.createdBy(),
                t.expiresOn(),
                t.lastUsedAt(),
                t.revokedAt() != null,
                t.revokedAt(),
                t.revokedBy(),
                secretText);
    }
}
