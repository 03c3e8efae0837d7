package cn.gov.baotou.talent.core.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token against cross-site API calls: 32 random bytes, made when a signed-in page first shows it (the
 * layout's {@code <meta name="csrf-token">}, read by the pages' scripts) and kept in the session until it ends.
 * Signing in drops the one a session had before ({@link #forget}).
 */
@Named("crossSite")
@RequestScoped
public class CrossSiteToken {

    /** The session attribute that holds the token. */
    static final String ATTRIBUTE = "talent.csrfToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The session's token, made now if it has none; empty without a session (nobody signed in). */
    public String getToken() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        synchronized (session) {
            if (session.getAttribute(ATTRIBUTE) instanceof String token) {
                return token;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** The token a session holds, if it was ever shown; never makes one. */
    static String of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String token ? token : null;
    }

    /** On signing in: a token given out before belongs to whoever had the session then. */
    public static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
