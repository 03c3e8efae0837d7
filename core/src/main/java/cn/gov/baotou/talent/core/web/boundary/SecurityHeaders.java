package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.HeaderRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;

/**
 * The protective headers of every page and answer (declared first in core's web-fragment.xml, over {@code /*}): a
 * strict Content-Security-Policy, {@code nosniff}, a same-origin referrer, never framed, {@code no-store} on all but
 * the shared style sheets, scripts and images, and HSTS over TLS. An address carrying a session id
 * ({@code ;jsessionid=}) is refused with 400 before anything reads the session it names: sessions live in the cookie
 * only.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        protect(request, response);
        if (HeaderRules.sessionIdInAddress(request.getRequestURI()) || request.isRequestedSessionIdFromURL()) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, new MediaAware(response));
    }

    private static void protect(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", HeaderRules.PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", HeaderRules.REFERRER_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!HeaderRules.sharedAsset(path)) {
            // an answer of JAX-RS that sets its own Cache-Control replaces this one
            response.setHeader("Cache-Control", "no-store");
        }
        if (HeaderRules.overTls(request.isSecure(), request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HeaderRules.HSTS);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages m = request.getHeader("Accept-Language") == null
                ? Messages.in(Messages.CHINESE)
                : Messages.in(Messages.preferred(Collections.list(request.getLocales())));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"/problems/session-in-address\",\"title\":\"" + m.get("problem.sessionInAddress")
                        + "\",\"status\":400,\"detail\":\"" + m.get("problem.sessionInAddress.detail")
                        + "\",\"errors\":[]}");
    }

    /**
     * Relaxes the policy to "never framed" once the answer turns out to be a PDF or image: the browser shows those in
     * its own viewer, which the page policy would leave blank.
     */
    static final class MediaAware extends HttpServletResponseWrapper {

        MediaAware(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type);
            relaxFor(type);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                relaxFor(value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if ("Content-Type".equalsIgnoreCase(name)) {
                relaxFor(value);
            }
        }

        private void relaxFor(String type) {
            if (HeaderRules.media(type)) {
                super.setHeader("Content-Security-Policy", HeaderRules.MEDIA_POLICY);
            }
        }
    }
}
