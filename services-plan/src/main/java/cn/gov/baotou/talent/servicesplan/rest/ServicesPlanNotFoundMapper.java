package cn.gov.baotou.talent.servicesplan.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A missing or out-of-scope record of the plan → 404 problem+json naming what was asked for. */
@Provider
public class ServicesPlanNotFoundMapper implements ExceptionMapper<ServicesPlanNotFound> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ServicesPlanNotFound e) {
        return ServicesPlanProblems.of(headers, uri, 404, "problem.notFound", e::message);
    }
}
