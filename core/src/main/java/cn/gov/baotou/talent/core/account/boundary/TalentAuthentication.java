package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.boundary.CrossSiteToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pages sign in with the login form and keep the session; an unauthenticated request for a protected page is sent to
 * the form and, once signed in, back to the page. The REST API also takes API tokens ({@code Authorization: Bearer},
 * checked with one SHA-256 and one indexed query: the way for scripts) and HTTP Basic (the account's password, checked
 * with PBKDF2 at some 60 ms of CPU a call: for a person trying the API), and answers an unauthenticated call with 401
 * problem+json instead of a redirect. Neither creates a session: each such call is authenticated on its own, and
 * nothing on those paths asks for one (an Arquillian test checks that no session cookie comes back).
 *
 * <p>The session keeps the caller and its roles ({@link SignedIn}) and every request of it hands both to the container.
 * Jakarta Security's {@code @AutoApplySession} is not used: in Payara it hands over the principal without its groups
 * and lets the container find them again, which under concurrent requests sometimes fails, and a permitted user got
 * Payara's 403 at random (Payara issue 6145; 4–8% of parallel requests in an attack on a copy of the platform).
 */
@ApplicationScoped
public class TalentAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: the path (within the application) to show after signing in. */
    public static final String RETURN_TO = "talent.returnTo";

    /** Request attribute: set when the caller was authenticated by an API token ({@link Caller#signedInByToken()}). */
    static final String BY_TOKEN = "talent.byToken";

    /** Request attribute: the account a token was checked against, for {@link Caller} not to read it again. */
    static final String ACCOUNT = "talent.account";

    private static final String BASIC_CHALLENGE = "Basic realm=\"talent\", charset=\"UTF-8\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"talent\"";

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    TokenSignIn tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = credential instanceof UsernamePasswordCredential password
                    ? identityStore.validate(password, request)
                    : CredentialValidationResult.INVALID_RESULT;
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // a new session id on signing in: an id given out before cannot be used to ride on this session
                request.getSession(true);
                request.changeSessionId();
                CrossSiteToken.renew(request.getSession());
                request.getSession()
                        .setAttribute(
                                SignedIn.ATTRIBUTE,
                                new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = tokens.check(authorization.substring(7));
            if (account.isPresent()) {
                request.setAttribute(BY_TOKEN, Boolean.TRUE);
                request.setAttribute(ACCOUNT, account.get());
                return context.notifyContainerAboutLogin(
                        account.get().username(), Set.of(account.get().role().name()));
            }
            return unauthorized(request, response, List.of(BEARER_CHALLENGE + ", error=\"invalid_token\""));
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStore.validate(basic(authorization.substring(6)), request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, List.of(BASIC_CHALLENGE));
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return unauthorized(request, response, List.of(BASIC_CHALLENGE, BEARER_CHALLENGE));
            }
            return toLoginForm(request, response);
        }
        return context.doNothing();
    }

    /** Remembers the page asked for (GET only) so that the login form can return to it. */
    private static AuthenticationStatus toLoginForm(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String target =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (query == null ? "" : "?" + query);
            request.getSession().setAttribute(RETURN_TO, target);
        }
        try {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            pair = ":";
        }
        int colon = pair.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential(pair, "")
                : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    }

    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, List<String> challenges) {
        Messages m = request.getHeader("Accept-Language") == null
                ? Messages.in(Messages.CHINESE)
                : Messages.in(Messages.preferred(Collections.list(request.getLocales())));
        response.setStatus(401);
        challenges.forEach(c -> response.addHeader("WWW-Authenticate", c));
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = "{\"type\":\"/problems/unauthorized\",\"title\":\"" + m.get("problem.unauthorized")
                + "\",\"status\":401,\"detail\":\"" + m.get("problem.unauthorized.detail") + "\",\"instance\":\""
                + request.getRequestURI().replace("\"", "") + "\",\"errors\":[]}";
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            // the client has gone; the status is set
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
