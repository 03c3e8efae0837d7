package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.AccessLine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * One line per request in the server's log (logger {@code talent.access}): account, role, method, path template,
 * status and duration — never a query, a body or a value of the path (issue 18 item 5). Declared in core's
 * web-fragment.xml over every address.
 */
public class AccessLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute {@link PathTemplate} leaves the API operation's template in. */
    static final String TEMPLATE = AccessLog.class.getName() + ".template";

    private static final Logger LOG = Logger.getLogger("talent.access");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Principal who = request.getUserPrincipal();
            LOG.info(new AccessLine(
                            who == null ? "-" : who.getName(),
                            who == null ? "-" : role(request),
                            request.getMethod(),
                            AccessLine.path((String) request.getAttribute(TEMPLATE), request.getServletPath()),
                            response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000)
                    .toString());
        }
    }

    private static String role(HttpServletRequest request) {
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                return r.name();
            }
        }
        return "-";
    }
}
