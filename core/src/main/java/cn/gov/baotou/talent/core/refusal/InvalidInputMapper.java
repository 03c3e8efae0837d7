package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bad input → 400 problem+json, one entry per refused field, in the caller's language. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInput e) {
        return ProblemResponses.badInput(headers, uri, e.errors(), e.status());
    }
}
