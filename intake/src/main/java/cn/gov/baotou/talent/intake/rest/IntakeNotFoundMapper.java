package cn.gov.baotou.talent.intake.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A missing or out-of-scope intake record → 404 problem+json naming what was asked for. */
@Provider
public class IntakeNotFoundMapper implements ExceptionMapper<IntakeNotFound> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(IntakeNotFound e) {
        return IntakeProblems.of(headers, uri, 404, "problem.notFound", e::message);
    }
}
