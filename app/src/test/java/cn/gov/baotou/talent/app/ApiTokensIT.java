package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * API tokens in the real server: issued with the password, used as {@code Authorization: Bearer} with the account's
 * role and scope, refused once revoked, refused for another account's tokens; and neither a token nor HTTP Basic
 * leaves a session behind (no session cookie in any answer).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensIT {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(tpt_[0-9a-f]{16}_[A-Za-z0-9_-]{43})\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")));
    }

    @Test
    void aTokenIssuedWithThePasswordActsAsItsAccountUntilRevoked(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> issued =
                send(post(base, "api/v1/accounts/city/tokens", "{\"name\":\"夜间导出\"}"), basic("city"));
        assertEquals(201, issued.statusCode(), issued.body());
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        String token = group(TOKEN, issued.body());
        String id = group(ID, issued.body());
        assertTrue(issued.headers().firstValue("Location").orElse("").endsWith("/tokens/" + id));
        noSessionCookie(issued);

        HttpResponse<String> accounts = send(get(base, "api/v1/accounts"), bearer(token));
        assertEquals(200, accounts.statusCode(), accounts.body());
        assertTrue(accounts.body().contains("\"username\":\"kundulun\""));
        noSessionCookie(accounts);

        HttpResponse<String> listed = send(get(base, "api/v1/accounts/city/tokens"), bearer(token));
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"name\":\"夜间导出\""), listed.body());
        assertFalse(listed.body().contains(token.substring(token.lastIndexOf('_') + 1)), "the secret is shown once");

        HttpResponse<String> byToken =
                send(post(base, "api/v1/accounts/city/tokens", "{\"name\":\"再签发\"}"), bearer(token));
        assertEquals(403, byToken.statusCode(), byToken.body());

        HttpResponse<String> revoked = send(delete(base, "api/v1/accounts/city/tokens/" + id), bearer(token));
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("\"revoked\":true"), revoked.body());

        HttpResponse<String> after = send(get(base, "api/v1/accounts"), bearer(token));
        assertEquals(401, after.statusCode());
        assertTrue(after.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(after.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        noSessionCookie(after);
    }

    @Test
    void aTokenHasItsAccountsRoleAndScope(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> issued =
                send(post(base, "api/v1/accounts/kundulun/tokens", "{\"name\":\"区内统计\"}"), basic("kundulun"));
        assertEquals(201, issued.statusCode(), issued.body());
        String token = group(TOKEN, issued.body());

        HttpResponse<String> mine = send(get(base, "api/v1/registry/enterprises?size=200"), bearer(token));
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(mine.body().contains("\"districtCode\":\"150271\""), "only the account's own district");
        assertEquals(403, send(get(base, "api/v1/accounts"), bearer(token)).statusCode());
    }

    @Test
    void anotherAccountsTokensAreRefused(@ArquillianResource URL base) throws Exception {
        assertEquals(
                403,
                send(post(base, "api/v1/accounts/city/tokens", "{\"name\":\"越权\"}"), basic("kundulun"))
                        .statusCode());
        HttpResponse<String> list = send(get(base, "api/v1/accounts/city/tokens"), basic("kundulun"));
        assertEquals(403, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // the rest of /api/v1/accounts stays the city office's
        HttpResponse<String> email = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/accounts/1/email"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"\"}")),
                basic("kundulun"));
        assertEquals(403, email.statusCode(), email.body());
        // the city office manages anyone's
        assertEquals(
                201,
                send(post(base, "api/v1/accounts/hr/tokens", "{\"name\":\"人社对接\"}"), basic("city"))
                        .statusCode());
    }

    @Test
    void aWrongTokenIsRefusedLikeAWrongPassword(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> forged =
                send(get(base, "api/v1/accounts"), bearer("tpt_0123456789abcdef_" + "A".repeat(43)));
        assertEquals(401, forged.statusCode());
        assertTrue(forged.body().contains("\"status\":401"), forged.body());
        assertEquals(401, send(get(base, "api/v1/accounts"), bearer("nonsense")).statusCode());
        HttpResponse<String> basicCall = send(get(base, "api/v1/accounts"), basic("city"));
        assertEquals(200, basicCall.statusCode());
        noSessionCookie(basicCall);
    }

    @Test
    void aPageStillGetsItsSessionCookie(@ArquillianResource URL base) throws Exception {
        // the cookie check above can fail: a page of the form sign-in does open a session
        HttpResponse<String> page =
                http.send(get(base, "login.xhtml").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(
                page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                page.headers().toString());
    }

    private static void noSessionCookie(HttpResponse<String> response) {
        assertTrue(
                response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                () -> "no session for a call by token or HTTP Basic: "
                        + response.headers().allValues("Set-Cookie"));
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Baotou@2022").getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static HttpRequest.Builder get(URL base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private static HttpRequest.Builder delete(URL base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).DELETE();
    }

    private static HttpRequest.Builder post(URL base, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String authorization) throws Exception {
        return http.send(
                b.header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
