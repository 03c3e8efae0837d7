package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers and the session cookie as a browser receives them from Payara Micro with the app's pre-boot commands
 * (issue 15, items 2 and 6): a strict policy on pages and answers, nothing stored, no server name, the session cookie
 * HttpOnly and SameSite=Lax and renewed on signing in, and no session taken from the address.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")));
    }

    @Test
    @RunAsClient
    void aPageAndAnApiAnswerCarryTheProtectiveHeadersAndNoServerName(@ArquillianResource URL base) throws Exception {
        for (String path : List.of("login.xhtml", "api/v1/policies")) {
            HttpResponse<String> r = get(base, path, null);
            assertEquals(200, r.statusCode(), path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertFalse(policy.contains("unsafe-inline"), path + ": " + policy);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
            assertEquals("same-origin", header(r, "Referrer-Policy"), path);
            assertEquals("DENY", header(r, "X-Frame-Options"), path);
            assertEquals("no-store", header(r, "Cache-Control"), path);
            assertTrue(
                    r.headers().firstValue("Server").isEmpty(),
                    path + ": " + r.headers().map());
            assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), path);
            // plain HTTP: no HSTS
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), path);
        }
        HttpResponse<String> css = get(base, "core/platform.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Cache-Control").isEmpty(), "style sheets stay cacheable");
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-Proto", "https")
                .GET());
        assertEquals("max-age=31536000", header(proxied, "Strict-Transport-Security"));
    }

    @Test
    @RunAsClient
    void signingInRenewsTheSessionCookieWhichIsHttpOnlyAndSameSiteLax(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> form = get(base, "login.xhtml", null);
        String before = session(form);
        assertCookieAttributes(cookie(form));

        HttpResponse<String> signedIn = signIn(base, form, before);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(header(signedIn, "Location").endsWith("/core/workbench.xhtml"), header(signedIn, "Location"));
        String after = session(signedIn);
        assertNotEquals(before, after, "a new session id on signing in");
        assertCookieAttributes(cookie(signedIn));

        HttpResponse<String> workbench = get(base, "core/workbench.xhtml", after);
        assertEquals(200, workbench.statusCode());
        assertTrue(workbench.body().contains("logoutForm"), "signed in");
        assertEquals("no-store", header(workbench, "Cache-Control"));
    }

    @Test
    @RunAsClient
    void aSessionIdInTheAddressIsRefusedAndNeverAdopted(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> made = get(base, "login.xhtml;jsessionid=ABC", null);
        assertEquals(400, made.statusCode(), made.body());
        assertTrue(made.body().contains("\"status\":400"), made.body());
        made.headers().allValues("Set-Cookie").forEach(c -> assertFalse(c.contains("JSESSIONID=ABC"), c));

        // a signed-in session named in the address, without its cookie, shows nothing of it (today it showed the
        // workbench of whoever's session it was)
        HttpResponse<String> form = get(base, "login.xhtml", null);
        String signedIn = session(signIn(base, form, session(form)));
        HttpResponse<String> riding = get(base, "core/workbench.xhtml;jsessionid=" + signedIn, null);
        assertEquals(400, riding.statusCode(), riding.body());
        assertFalse(riding.body().contains("logoutForm"));
    }

    private HttpResponse<String> signIn(URL base, HttpResponse<String> form, String session) throws Exception {
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), form.body());
        String body = "login=login&username=city&password=" + enc("Baotou@2022") + "&submit=" + enc("登录")
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static void assertCookieAttributes(String cookie) {
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        // plain HTTP here: Secure would make the browser drop the cookie
        assertFalse(cookie.contains("Secure"), cookie);
    }

    private static String cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no session cookie in " + r.headers().map()));
    }

    private static String session(HttpResponse<String> r) {
        Matcher m = SESSION.matcher(cookie(r));
        assertTrue(m.find());
        return m.group(1);
    }

    private HttpResponse<String> get(URL base, String path, String session) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (session != null) {
            b.header("Cookie", "JSESSIONID=" + session);
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
