package cn.gov.baotou.talent.core.web.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/** Hands the access log the template of the API operation that answered ({@code /api/v1/intake/hires/{id}}). */
@Provider
public class PathTemplate implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext in, ContainerResponseContext out) {
        if (resource.getResourceClass() != null && resource.getResourceMethod() != null) {
            request.setAttribute(
                    AccessLog.TEMPLATE,
                    "/api" + part(resource.getResourceClass()) + part(resource.getResourceMethod()));
        }
    }

    private static String part(AnnotatedElement e) {
        Path p = e.getAnnotation(Path.class);
        if (p == null || p.value().isEmpty() || p.value().equals("/")) {
            return "";
        }
        String v = p.value().endsWith("/") ? p.value().substring(0, p.value().length() - 1) : p.value();
        return v.startsWith("/") ? v : "/" + v;
    }
}
