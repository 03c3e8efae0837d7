package cn.gov.baotou.talent.core.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's token against cross-site API calls: 32 random bytes, made on signing in ({@link #renew}) and kept in
 * the session until it ends; every signed-in page shows it in the layout's {@code <meta name="csrf-token">}, where the
 * pages' scripts read it.
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
        if (session.getAttribute(ATTRIBUTE) instanceof String token) {
            return token;
        }
        // a session signed in before tokens existed (a redeployment keeps sessions): made now
        String token = newToken();
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** The token the session holds, if any; never makes one. */
    static String of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof String token ? token : null;
    }

    /**
     * On signing in: a new token, made once for the session before any page of it can ask (a token given out before
     * belongs to whoever had the session then, and two first pages at once would otherwise each make one).
     */
    public static void renew(HttpSession session) {
        session.setAttribute(ATTRIBUTE, newToken());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
