package cn.gov.baotou.talent.rareearth.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rare-earth clash → 409 problem+json with this module's explanation (core's mapper reads core's bundle only). */
@Provider
public class RareEarthConflictMapper implements ExceptionMapper<RareEarthConflict> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RareEarthConflict e) {
        return RareEarthProblems.of(headers, uri, 409, "problem.conflict", e::message);
    }
}
