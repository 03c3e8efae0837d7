package cn.gov.baotou.talent.core.web.control;

/**
 * One request as the access log writes it: who (account and role, or {@code -}), what (method and the path's
 * template — never its values: an id typed into an address could be anyone's ID number), how it ended and how long it
 * took. Key=value pairs, so that an operator's tools split it without a parser of our own.
 */
public record AccessLine(String account, String role, String method, String path, int status, long millis) {

    /** Where a request that no resource matched is logged: its address is whatever the caller typed. */
    public static final String UNMATCHED_API = "/api/(unmatched)";

    /**
     * The path to log: the API's matched template, else a page's own address (a Faces page carries its values in the
     * query, which is never logged), else {@link #UNMATCHED_API}.
     */
    public static String path(String template, String servletPath) {
        if (template != null) {
            return template;
        }
        if (servletPath == null || servletPath.startsWith("/api")) {
            return UNMATCHED_API;
        }
        return servletPath.replaceAll("[^A-Za-z0-9/._-]", "?");
    }

    @Override
    public String toString() {
        return "access account=" + account + " role=" + role + " method=" + method + " path=" + path + " status="
                + status + " ms=" + millis;
    }
}
