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
        String key =
                switch (status) {
                    case 400 -> "problem.unreadable";
                    case 401 -> "problem.unauthorized";
                    case 403 -> "problem.forbidden";
                    case 404 -> "problem.noSuchResource";
                    case 405 -> "problem.methodNotAllowed";
                    case 406, 415 -> "problem.mediaType";
                    default -> "problem.error";
                };
        return ProblemResponses.of(headers, uri, status, key, key + ".detail");
    }
}
