package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role that may not do this → 403 problem+json. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<Forbidden> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Forbidden e) {
        return ProblemResponses.of(headers, uri, 403, "problem.forbidden", e.detailKey());
    }
}
