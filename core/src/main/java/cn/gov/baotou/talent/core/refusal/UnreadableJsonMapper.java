package cn.gov.baotou.talent.core.refusal;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body read as a JSON object that is not JSON (or not an object) → 400, never a 500. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonException e) {
        return ProblemResponses.of(headers, uri, 400, "problem.unreadable", "problem.unreadable.detail");
    }
}
