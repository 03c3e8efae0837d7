package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A lost concurrent update, however wrapped → 409 ({@link StaleData}). Anything else → 500 with an incident number
 * the log also carries; no stack trace or data goes to the caller.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RuntimeException e) {
        return answer(headers, uri, e);
    }

    static Response answer(HttpHeaders headers, UriInfo uri, RuntimeException e) {
        if (StaleData.in(e)) {
            LOG.info(() -> "optimistic-lock conflict at " + (uri == null ? "?" : uri.getPath()) + ": " + e);
            return StaleDataMapper.stale(headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return ProblemResponses.of(headers, uri, 500, "problem.error", "problem.error.incident", incident);
    }
}
