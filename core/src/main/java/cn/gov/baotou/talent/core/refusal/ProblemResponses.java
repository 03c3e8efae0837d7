package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json answers so that every module's errors look the same. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Messages messages(HttpHeaders headers) {
        return Messages.in(headers == null ? Messages.CHINESE : Messages.preferred(headers.getAcceptableLanguages()));
    }

    public static Response badInput(HttpHeaders headers, UriInfo uri, List<FieldError> errors) {
        return badInput(headers, uri, errors, 400);
    }

    /** Bad input as 400, or as 422 ({@link Unprocessable}) when each field is well formed but the request conflicts. */
    public static Response badInput(HttpHeaders headers, UriInfo uri, List<FieldError> errors, int status) {
        Messages m = messages(headers);
        List<Problem.ProblemField> fields = errors.stream()
                .map(e -> new Problem.ProblemField(e.field(), e.messageKey(), m.get(e)))
                .toList();
        String detail = String.join(
                "；", fields.stream().map(f -> f.field() + "：" + f.message()).toList());
        return status == 422
                ? respond(new Problem(
                        "/problems/unprocessable", m.get("problem.unprocessable"), 422, detail, path(uri), fields))
                : respond(new Problem(
                        "/problems/invalid-input", m.get("problem.invalidInput"), 400, detail, path(uri), fields));
    }

    public static Response of(
            HttpHeaders headers, UriInfo uri, int status, String titleKey, String detailKey, Object... arguments) {
        return of(headers, uri, status, titleKey, new MessageRef(Messages.CORE, detailKey), arguments);
    }

    /** A problem whose detail is a module's own text, from its bundle. */
    public static Response of(
            HttpHeaders headers, UriInfo uri, int status, String titleKey, MessageRef detail, Object... arguments) {
        Messages m = messages(headers);
        return respond(new Problem(
                "/problems/" + titleKey.replace("problem.", ""),
                m.get(titleKey),
                status,
                m.get(detail.bundle(), detail.key(), arguments),
                path(uri),
                List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    /** The bundle key of the title of an error status the container or JAX-RS answers by itself. */
    public static String titleKey(int status) {
        return switch (status) {
            case 400 -> "problem.unreadable";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.noSuchResource";
            case 405 -> "problem.methodNotAllowed";
            case 406, 415 -> "problem.mediaType";
            default -> "problem.error";
        };
    }
}
