package cn.gov.baotou.talent.core.refusal;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or JSON of the wrong shape (a number where text belongs) → 400, never a 500. Where JSON-B
 * bound the body to a record and a field had the wrong type, the 400 names that field: JSON-B (Yasson) says which
 * property it could not read ("Unable to deserialize property 'enterpriseId' …"), the outermost one first, and every
 * endpoint that binds a record gets the name without changing.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z_$][A-Za-z0-9_$]{0,60})'");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
        Optional<String> field = field(e);
        if (field.isPresent()) {
            return ProblemResponses.badInput(headers, uri, List.of(FieldError.of(field.get(), "body.field.type")));
        }
        return ProblemResponses.of(headers, uri, 400, "problem.unreadable", "problem.unreadable.detail");
    }

    /** The property JSON-B could not read, from the outermost error that names one. */
    static Optional<String> field(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
