package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unreadable JSON) as problem+json too. */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key = ProblemResponses.titleKey(status);
        return ProblemResponses.of(headers, uri, status, key, key + ".detail");
    }
}
