package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A missing (or out-of-scope) record → 404 problem+json that names what was asked for. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotFound e) {
        return ProblemResponses.of(
                headers, uri, 404, "problem.notFound", new MessageRef(e.bundle(), e.messageKey()), e.id());
    }
}
