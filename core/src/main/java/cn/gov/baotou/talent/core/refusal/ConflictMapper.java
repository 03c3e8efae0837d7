package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A clash with existing data → 409 problem+json naming it. */
@Provider
public class ConflictMapper implements ExceptionMapper<Conflict> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Conflict e) {
        return ProblemResponses.of(
                headers, uri, 409, "problem.conflict", new MessageRef(e.bundle(), e.messageKey()), e.arguments());
    }
}
