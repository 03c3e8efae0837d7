package cn.gov.baotou.talent.core.web.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a state-changing API call may have come from another site, decided from its headers alone so that it can be
 * tested without a container. The browser sends the session cookie with a request any page makes, and a form or a
 * {@code fetch} in {@code text/plain} or multipart needs no preflight: such a call must come from a page of the
 * platform (its {@code Origin}, or failing that its {@code Referer}) and carry the session's token in
 * {@link #TOKEN_HEADER}, which only the platform's own pages can read. A call by API token or HTTP Basic carries no
 * cookie-borne authority of its own: it only must not come from a foreign page.
 */
public final class CrossSiteRules {

    /** The header the pages send with every state-changing API call, holding the session's token. */
    public static final String TOKEN_HEADER = "X-CSRF-Token";

    /** What a refused call broke, the header it names and the message key saying so. */
    public enum Breach {
        /** The call came from a page of another origin (or {@code Origin: null}). */
        FOREIGN_ORIGIN("Origin", "csrf.origin.foreign"),
        /** A call riding on the session cookie that says neither where it came from. */
        NO_ORIGIN("Origin", "csrf.origin.missing"),
        /** A call riding on the session cookie without the session's token, or with another. */
        TOKEN(TOKEN_HEADER, "csrf.token");

        private final String field;
        private final String messageKey;

        Breach(String field, String messageKey) {
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private CrossSiteRules() {}

    /** A write under {@code /api/} (the path within the application); reads and the pages are not guarded here. */
    public static boolean guarded(String method, String path) {
        return method != null
                && STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))
                && path != null
                && path.startsWith("/api/");
    }

    /**
     * The origins the platform is reached at for this request: its scheme and {@code Host}, and as a proxy in front
     * says them ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}; the first of a list). A foreign page cannot set
     * either forwarded header on a cross-site request without a preflight, which the platform never answers.
     */
    public static Set<String> ownOrigins(String scheme, String host, String forwardedProto, String forwardedHost) {
        Set<String> schemes = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        add(schemes, scheme);
        add(schemes, first(forwardedProto));
        add(hosts, host);
        add(hosts, first(forwardedHost));
        Set<String> origins = new LinkedHashSet<>();
        for (String s : schemes) {
            for (String h : hosts) {
                origin(s + "://" + h).ifPresent(origins::add);
            }
        }
        return origins;
    }

    /**
     * The origin of an address as a browser writes it in {@code Origin}: lower-case scheme and host, the port only
     * when it is not the scheme's default; empty for anything that is not an http(s) address (such as {@code null}).
     */
    public static Optional<String> origin(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return Optional.empty();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    /**
     * What a guarded call breaks, if anything. {@code bySession}: the caller is authenticated by the session cookie
     * (no {@code Authorization} header), so the call needs a same-origin source and the session's token.
     */
    public static Optional<Breach> check(
            String origin, String referer, Set<String> own, boolean bySession, String sentToken, String sessionToken) {
        String said = origin != null ? origin : referer;
        if (said != null && !origin(said).map(own::contains).orElse(false)) {
            return Optional.of(Breach.FOREIGN_ORIGIN);
        }
        if (!bySession) {
            return Optional.empty();
        }
        if (said == null) {
            return Optional.of(Breach.NO_ORIGIN);
        }
        if (!sameToken(sentToken, sessionToken)) {
            return Optional.of(Breach.TOKEN);
        }
        return Optional.empty();
    }

    /** Compared in constant time: the time taken says nothing about how much of a guess was right. */
    static boolean sameToken(String sent, String expected) {
        if (sent == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                sent.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String first(String list) {
        if (list == null) {
            return null;
        }
        int comma = list.indexOf(',');
        return (comma < 0 ? list : list.substring(0, comma)).strip();
    }

    private static void add(Set<String> to, String value) {
        if (value != null && !value.isBlank()) {
            to.add(value.strip());
        }
    }
}
