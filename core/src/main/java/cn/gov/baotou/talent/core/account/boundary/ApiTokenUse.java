package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.ApiTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Writes down a token's use, in a transaction of its own: the call it authenticates has not started one yet. */
@ApplicationScoped
public class ApiTokenUse {

    @Inject
    ApiTokens tokens;

    public ApiTokenUse() {}

    /** For use outside the container (tests). */
    ApiTokenUse(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long tokenId, Instant now) {
        tokens.recordUse(tokenId, now);
    }
}
