package cn.gov.baotou.talent.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.web.boundary.SecurityHeaders;
import cn.gov.baotou.talent.core.web.control.HeaderRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headers every answer carries, the relaxed policy of a PDF shown in the browser's viewer, and an address with a
 * session id refused before anything reads its session. Requests and responses are stand-ins; the running platform is
 * checked in the app's SecurityHeadersIT.
 */
class SecurityHeadersTest {

    @Test
    void aPageIsNeverStoredFramedOrAllowedInlineScript() throws Exception {
        Answer a = filter(request("/core/workbench.xhtml", false, null), (req, res) -> res.setContentType("text/html"));
        assertThat(a.chained).isTrue();
        assertThat(a.headers)
                .containsEntry("Content-Security-Policy", HeaderRules.PAGE_POLICY)
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(HeaderRules.PAGE_POLICY)
                .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe");
    }

    @Test
    void aSharedStyleSheetMayBeCachedAndAnApiAnswerMayNot() throws Exception {
        assertThat(filter(request("/core/platform.css", false, null), (req, res) -> {}).headers)
                .doesNotContainKey("Cache-Control")
                .containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(filter(request("/api/v1/ledger/grants", false, null), (req, res) -> {}).headers)
                .containsEntry("Cache-Control", "no-store");
        assertThat(filter(request("/jakarta.faces.resource/faces.js.xhtml", false, null), (req, res) -> {}).headers)
                .doesNotContainKey("Cache-Control");
    }

    @Test
    void aPdfOrImageIsSandboxedAndLoadsNothingSoThatAPolyglotRunsNothingWhileTheBrowsersViewerShowsIt()
            throws Exception {
        Answer pdf = filter(
                request("/api/v1/documents/7/content", false, null),
                (req, res) -> res.setContentType("application/pdf"));
        assertThat(pdf.headers)
                .containsEntry("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        Answer png =
                filter(request("/api/v1/documents/8/content", false, null), (req, res) -> ((HttpServletResponse) res)
                        .setHeader("Content-Type", "image/png"));
        assertThat(png.headers)
                .containsEntry("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
        Answer json = filter(
                request("/api/v1/documents/7", false, null), (req, res) -> res.setContentType("application/json"));
        assertThat(json.headers).containsEntry("Content-Security-Policy", HeaderRules.PAGE_POLICY);
    }

    @Test
    void overTlsOrBehindATlsProxyBrowsersAreToldToStayOnHttps() throws Exception {
        assertThat(filter(request("/", true, null), (req, res) -> {}).headers)
                .containsEntry("Strict-Transport-Security", "max-age=31536000");
        assertThat(filter(request("/", false, "https"), (req, res) -> {}).headers)
                .containsKey("Strict-Transport-Security");
        assertThat(filter(request("/", false, "http"), (req, res) -> {}).headers)
                .doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void aSessionIdInTheAddressIsRefusedAndNothingBehindTheFilterRuns() throws Exception {
        for (String uri : new String[] {"/login.xhtml;jsessionid=ABC", "/core/workbench.xhtml;JSESSIONID=ABC"}) {
            Answer a = filter(request(uri, false, null), (req, res) -> {});
            assertThat(a.chained).isFalse();
            assertThat(a.status).isEqualTo(400);
            assertThat(a.body.toString()).contains("\"status\":400", "会话标识");
            assertThat(a.headers).containsEntry("Cache-Control", "no-store");
        }
        assertThat(filter(request("/login.xhtml", false, null), (req, res) -> {}).chained)
                .isTrue();
    }

    /** What the filter did: headers, status, body, and whether it let the request through. */
    static final class Answer {
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        int status = 200;
        boolean chained;
    }

    private static Answer filter(HttpServletRequest request, FilterChain behind) throws Exception {
        Answer a = new Answer();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> {
                        a.headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "setContentType" -> {
                        a.headers.put("Content-Type", (String) args[0]);
                        yield null;
                    }
                    case "setStatus" -> {
                        a.status = (int) args[0];
                        yield null;
                    }
                    case "getWriter" -> new PrintWriter(a.body, true);
                    case "containsHeader" -> a.headers.containsKey((String) args[0]);
                    default -> null;
                });
        new SecurityHeaders().doFilter(request, response, (req, res) -> {
            a.chained = true;
            behind.doFilter(req, res);
        });
        return a;
    }

    private static HttpServletRequest request(String uri, boolean secure, String forwardedProto) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    case "isRequestedSessionIdFromURL" -> false;
                    case "getHeader" -> "X-Forwarded-Proto".equals(args[0]) ? forwardedProto : null;
                    case "getLocales" -> Collections.emptyEnumeration();
                    default -> null;
                });
    }
}
