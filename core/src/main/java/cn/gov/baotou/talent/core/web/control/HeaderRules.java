package cn.gov.baotou.talent.core.web.control;

import java.util.Locale;
import java.util.Set;

/**
 * Which protective headers an answer carries, decided from its address and content type alone so that it can be tested
 * without a container. The pages load nothing from outside and run no inline script or style (scripts live in
 * {@code *.js} files, bar widths are set by {@code core/platform.js}); a PDF or an image is shown by the browser's own
 * viewer, which the page policy would break (Chromium's PDF viewer is an embedded plugin with inline styles).
 */
public final class HeaderRules {

    /**
     * Every page and answer but a PDF or image: nothing from outside, no inline script or style, never framed. No
     * {@code form-action}: behind a proxy that ends TLS without saying so, the container's redirect after signing in
     * points to {@code http:}, which {@code form-action 'self'} refuses on an https page, and nobody could sign in.
     */
    public static final String PAGE_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /**
     * A document shown in the browser's own viewer: a sandbox that loads nothing and is never framed, so that a file
     * that is also a web page could run nothing even where a browser took it for one. Chromium's PDF viewer and image
     * view show under it (checked in headless Chromium 150 through the DevTools protocol: the viewer renders the
     * page); under the page policy its PDF viewer shows nothing.
     */
    public static final String MEDIA_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    public static final String REFERRER_POLICY = "same-origin";

    /** One year; only sent over TLS, where a browser heeds it. */
    public static final String HSTS = "max-age=31536000";

    private static final Set<String> ASSET_ENDINGS =
            Set.of(".css", ".js", ".mjs", ".map", ".svg", ".png", ".ico", ".woff", ".woff2");

    private HeaderRules() {}

    /**
     * A session id in the address ({@code /login.xhtml;jsessionid=…}): refused, since an address is copied, logged
     * and sent on as a referrer, and the container would otherwise adopt the session it names.
     */
    public static boolean sessionIdInAddress(String requestUri) {
        return requestUri != null && requestUri.toLowerCase(Locale.ROOT).contains(";jsessionid");
    }

    /**
     * A style sheet, script, image or font of the pages (or Faces' and Swagger UI's own): the same for everyone and
     * cacheable. Everything else — pages, API answers — may hold personal data and is never stored.
     */
    public static boolean sharedAsset(String path) {
        if (path == null) {
            return false;
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/")) {
            return true;
        }
        String p = path.toLowerCase(Locale.ROOT);
        return ASSET_ENDINGS.stream().anyMatch(p::endsWith);
    }

    /** A PDF or image, shown by the browser's own viewer. */
    public static boolean media(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("application/pdf") || t.startsWith("image/");
    }

    /**
     * Whether the browser reached the platform over TLS: directly, or through a proxy that says so in
     * {@code X-Forwarded-Proto} (a client that forges it only marks its own cookie Secure).
     */
    public static boolean overTls(boolean secure, String forwardedProto) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null) {
            return false;
        }
        int comma = forwardedProto.indexOf(',');
        String first = comma < 0 ? forwardedProto : forwardedProto.substring(0, comma);
        return "https".equalsIgnoreCase(first.strip());
    }
}
