package cn.gov.baotou.talent.servicesplan.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A clash of the plan → 409 problem+json with the plan's explanation (core's mapper reads core's bundle only). */
@Provider
public class ServicesPlanConflictMapper implements ExceptionMapper<ServicesPlanConflict> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ServicesPlanConflict e) {
        return ServicesPlanProblems.of(headers, uri, 409, "problem.conflict", e::message);
    }
}
