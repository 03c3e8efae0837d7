package cn.gov.baotou.talent.intake.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An intake clash → 409 problem+json with intake's explanation (core's mapper reads core's bundle only). */
@Provider
public class IntakeConflictMapper implements ExceptionMapper<IntakeConflict> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(IntakeConflict e) {
        return IntakeProblems.of(headers, uri, 409, "problem.conflict", e::message);
    }
}
