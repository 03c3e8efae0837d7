package cn.gov.baotou.talent.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
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
 * Issue 15, items 2 and 9 on a running Payara Micro: a page of another site riding on the city office's session cookie
 * can neither import a parameter version, upload a document nor send the window notices (403 problem+json naming the
 * rule, nothing written); the platform's own page, with its Origin and the session's X-CSRF-Token, can. A JSON
 * endpoint refuses another content type with 415 problem+json; an upload that is also a web page is a 400 naming
 * {@code file}; a preview is sandboxed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final String EVIL = "https://evil.example";

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("talent.war")));
    }

    @Test
    void aForeignPageWithTheCityOfficesCookieChangesNothing(@ArquillianResource URL base) throws Exception {
        Session city = signIn(base);
        String own = origin(base);
        String notices = get(base, "api/v1/services-plan/window-notices", city).body();

        HttpResponse<String> imported = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/parameters/versions"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("key,value\n")),
                city,
                EVIL,
                city.token);
        refused(imported, "Origin", "csrf.origin.foreign");
        assertTrue(imported.body().contains("\"title\":\"疑似跨站请求，已拒绝\""), imported.body());

        HttpResponse<String> uploaded = send(upload(base, "rules.pdf", SamplePdf.of("细则")), city, EVIL, null);
        refused(uploaded, "Origin", "csrf.origin.foreign");

        HttpResponse<String> sent = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/services-plan/window-notices"))
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.noBody()),
                city,
                EVIL,
                null);
        refused(sent, "Origin", "csrf.origin.foreign");
        assertTrue(sent.body().contains("Refused as a possible cross-site request"), sent.body());
        assertEquals(
                notices, get(base, "api/v1/services-plan/window-notices", city).body(), "nothing was sent");

        // the platform's own origin, but no token (a form another page posted from the same host), or no source
        refused(send(upload(base, "rules.pdf", SamplePdf.of("细则")), city, own, null), "X-CSRF-Token", "csrf.token");
        refused(
                send(upload(base, "rules.pdf", SamplePdf.of("细则")), city, own, "not-the-token"),
                "X-CSRF-Token",
                "csrf.token");
        refused(
                send(upload(base, "rules.pdf", SamplePdf.of("细则")), city, null, city.token),
                "Origin",
                "csrf.origin.missing");
    }

    @Test
    void thePlatformsOwnPageWithTheTokenIsServed(@ArquillianResource URL base) throws Exception {
        Session city = signIn(base);
        String own = origin(base);

        HttpResponse<String> uploaded = send(upload(base, "细则.pdf", SamplePdf.of("细则")), city, own, city.token);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        Matcher id = ID.matcher(uploaded.body());
        assertTrue(id.find(), uploaded.body());
        // a Referer of one of its pages is as good as an Origin
        HttpResponse<String> byReferer = send(
                upload(base, "细则.pdf", SamplePdf.of("细则二")).header("Referer", base + "core/workbench.xhtml"),
                city,
                null,
                city.token);
        assertEquals(201, byReferer.statusCode(), byReferer.body());

        // reaches the import, which reads the file and names what is wrong with it
        HttpResponse<String> imported = send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/parameters/versions"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("not,a,version\n")),
                city,
                own,
                city.token);
        assertEquals(400, imported.statusCode(), imported.body());

        HttpResponse<String> content = get(base, "api/v1/documents/" + id.group(1) + "/content", city);
        assertEquals(200, content.statusCode());
        assertEquals(
                "application/pdf", content.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                content.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"));
        assertEquals(
                "nosniff",
                content.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "sandbox; default-src 'none'; frame-ancestors 'none'",
                content.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void scriptsByBasicOrTokenNeedNoCsrfTokenButAForeignPageIsRefusedEvenThen(@ArquillianResource URL base)
            throws Exception {
        HttpResponse<String> basic = http.send(
                upload(base, "细则.pdf", SamplePdf.of("脚本"))
                        .header("Authorization", basic("city"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, basic.statusCode(), basic.body());
        // a browser that remembers the Basic password sends it with a foreign page's request too
        HttpResponse<String> remembered = http.send(
                upload(base, "细则.pdf", SamplePdf.of("脚本"))
                        .header("Authorization", basic("city"))
                        .header("Origin", EVIL)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        refused(remembered, "Origin", "csrf.origin.foreign");
    }

    @Test
    void aJsonEndpointRefusesOtherContentTypesWith415ProblemJson(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/accounts/city/tokens"))
                        .header("Authorization", basic("city"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"跨站\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(415, plain.statusCode(), plain.body());
        assertTrue(
                plain.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                plain.headers().toString());
        assertTrue(plain.body().contains("\"status\":415"), plain.body());
    }

    @Test
    void anUploadThatIsAlsoAWebPageIsRefusedNamingTheFile(@ArquillianResource URL base) throws Exception {
        Session city = signIn(base);
        String own = origin(base);
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(page);
        HttpResponse<String> polyglot = send(upload(base, "a.pdf", pdf.toByteArray()), city, own, city.token);
        assertEquals(400, polyglot.statusCode(), polyglot.body());
        assertTrue(polyglot.body().contains("\"field\":\"file\""), polyglot.body());
        assertTrue(polyglot.body().contains("document.file.markup"), polyglot.body());

        ByteArrayOutputStream trailing = new ByteArrayOutputStream();
        trailing.writeBytes(SamplePdf.of("x"));
        trailing.writeBytes("<p>hello</p>".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> after = send(upload(base, "b.pdf", trailing.toByteArray()), city, own, city.token);
        assertEquals(400, after.statusCode(), after.body());
        assertTrue(after.body().contains("document.file.trailing"), after.body());

        HttpResponse<String> fake = send(
                upload(base, "c.pdf", "%PDF-1.4\n% only a header\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                city,
                own,
                city.token);
        assertEquals(400, fake.statusCode(), fake.body());
        assertTrue(fake.body().contains("document.file.structure"), fake.body());
    }

    private record Session(String id, String token) {}

    private Session signIn(URL base) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(state.find(), form.body());
        String body = "login=login&username=city&password=" + enc("Baotou@2022") + "&submit=" + enc("登录")
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + session(form))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String id = session(signedIn);
        HttpResponse<String> workbench = get(base, "core/workbench.xhtml", new Session(id, null));
        Matcher token = TOKEN.matcher(workbench.body());
        assertTrue(token.find(), "the signed-in page shows the session's token");
        return new Session(id, token.group(1));
    }

    private static void refused(HttpResponse<String> r, String field, String rule) {
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
        assertTrue(r.body().contains("\"rule\":\"" + rule + "\""), r.body());
        assertFalse(r.body().contains("\"id\":"), r.body());
    }

    private static HttpRequest.Builder upload(URL base, String name, byte[] file) {
        String boundary = "----crosssite" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nRULES\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }

    private HttpResponse<String> send(HttpRequest.Builder b, Session session, String origin, String token)
            throws Exception {
        b.header("Cookie", "JSESSIONID=" + session.id());
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(URL base, String path, Session session) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "JSESSIONID=" + session.id())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String origin(URL base) {
        return base.getProtocol() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    private static String session(HttpResponse<String> r) {
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no session cookie in " + r.headers().map()));
        Matcher m = SESSION.matcher(cookie);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Baotou@2022").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
