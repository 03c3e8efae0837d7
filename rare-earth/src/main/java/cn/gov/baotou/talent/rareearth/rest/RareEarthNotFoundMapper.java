package cn.gov.baotou.talent.rareearth.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A missing or out-of-scope rare-earth record → 404 problem+json naming it from this module's bundle. */
@Provider
public class RareEarthNotFoundMapper implements ExceptionMapper<RareEarthNotFound> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RareEarthNotFound e) {
        return RareEarthProblems.of(headers, uri, 404, "problem.notFound", e::message);
    }
}
