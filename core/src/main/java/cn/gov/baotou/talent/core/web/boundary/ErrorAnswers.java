package cn.gov.baotou.talent.core.web.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * The container's own error answers (web-fragment {@code <error-page>}): a path the API does not have, the security
 * constraint's 403, a wrong method or content type that never reached JAX-RS. Under {@code /api} they are
 * problem+json like every other refusal; elsewhere a short page in the caller's language (a page in the platform's
 * frame is for later), never the server's page naming itself.
 */
@WebServlet(urlPatterns = ErrorAnswers.PATH)
public class ErrorAnswers extends HttpServlet {

    static final String PATH = "/error-answer";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
                ? u
                : request.getRequestURI();
        Messages m = request.getHeader("Accept-Language") == null
                ? Messages.in(Messages.CHINESE)
                : Messages.in(Messages.preferred(Collections.list(request.getLocales())));
        String key = ProblemResponses.titleKey(status);
        response.setStatus(status);
        if (uri.startsWith(request.getContextPath() + "/api/") || uri.equals(request.getContextPath() + "/api")) {
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"/problems/" + key.replace("problem.", "") + "\",\"title\":\""
                            + json(m.get(key)) + "\",\"status\":" + status + ",\"detail\":\""
                            + json(m.get(key + ".detail")) + "\",\"instance\":\"" + json(uri) + "\",\"errors\":[]}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + m.locale().toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                        + "<title>" + html(m.get(key)) + "</title></head><body><h1>" + status + " " + html(m.get(key))
                        + "</h1><p>" + html(m.get(key + ".detail")) + "</p><p><a href=\""
                        + html(request.getContextPath())
                        + "/\">" + html(m.get("error.home")) + "</a></p></body></html>");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
