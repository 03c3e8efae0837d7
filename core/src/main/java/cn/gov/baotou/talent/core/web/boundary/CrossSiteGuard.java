package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.CrossSiteRules;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses a state-changing API call another site's page may have made (declared in core's web-fragment.xml over
 * {@code /api/*}, after the protective headers): a call from a foreign {@code Origin}/{@code Referer}, and a call
 * riding on the session cookie without a same-origin source and the session's {@code X-CSRF-Token}. The refusal is a
 * 403 problem+json naming the header and the rule, before any resource runs. Calls by API token or HTTP Basic (an
 * {@code Authorization} header, which no foreign page can add without a preflight) need no token.
 */
public class CrossSiteGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CrossSiteGuard.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!CrossSiteRules.guarded(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        // the session is the caller's only when no Authorization header names another (TalentAuthentication)
        boolean bySession = request.getUserPrincipal() != null && request.getHeader("Authorization") == null;
        Optional<CrossSiteRules.Breach> breach = CrossSiteRules.check(
                request.getHeader("Origin"),
                request.getHeader("Referer"),
                CrossSiteRules.ownOrigins(
                        request.getScheme(),
                        request.getHeader("Host"),
                        request.getHeader("X-Forwarded-Proto"),
                        request.getHeader("X-Forwarded-Host")),
                bySession,
                request.getHeader(CrossSiteRules.TOKEN_HEADER),
                bySession ? CrossSiteToken.of(request.getSession(false)) : null);
        if (breach.isPresent()) {
            LOG.info(() -> "refused " + request.getMethod() + " " + path + " (" + breach.get() + ", Origin "
                    + request.getHeader("Origin") + ")");
            refuse(request, response, path, breach.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, String path, CrossSiteRules.Breach breach)
            throws IOException {
        Messages m = request.getHeader("Accept-Language") == null
                ? Messages.in(Messages.CHINESE)
                : Messages.in(Messages.preferred(Collections.list(request.getLocales())));
        String message = m.get(breach.messageKey());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("type", "/problems/cross-site")
                        .add("title", m.get("problem.crossSite"))
                        .add("status", 403)
                        .add("detail", breach.field() + "：" + message)
                        .add("instance", request.getContextPath() + path)
                        .add(
                                "errors",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("field", breach.field())
                                                .add("rule", breach.messageKey())
                                                .add("message", message)))
                        .build()
                        .toString());
    }
}
