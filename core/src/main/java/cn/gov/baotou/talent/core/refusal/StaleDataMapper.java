package cn.gov.baotou.talent.core.refusal;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Two callers changed the same row at once and this one lost → 409 problem+json telling it to reload; wrapped ones
 * reach {@link UnexpectedErrorMapper}, which answers the same ({@link StaleData}).
 */
@Provider
public class StaleDataMapper implements ExceptionMapper<OptimisticLockException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(OptimisticLockException e) {
        return stale(headers, uri);
    }

    static Response stale(HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.of(headers, uri, 409, "problem.stale", "problem.stale.detail");
    }
}
