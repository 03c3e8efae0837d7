package cn.gov.baotou.talent.core.rest;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every number in an address ({@code /api/v1/hires/{id}}) checked before the resource method is called: {@code abc},
 * {@code -1}, a NUL or {@code 99999999999999999999} is a 400 naming the path parameter, where JAX-RS answered an empty
 * 404 or 400 (it cannot turn the text into the method's {@code long}) or the method looked up a number no row has.
 * Runs after matching, so that it knows the method, and before its parameters are converted.
 */
@Provider
public class PathNumbers implements ContainerRequestFilter {

    /** Positive whole numbers only; the digits of the largest long and int that are always safe. */
    private static final Pattern LONG = Pattern.compile("[0-9]{1,18}");

    private static final Pattern INT = Pattern.compile("[0-9]{1,9}");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            PathParam name = p.getAnnotation(PathParam.class);
            Pattern digits = digits(p.getType());
            if (name == null || digits == null) {
                continue;
            }
            String value = request.getUriInfo().getPathParameters(true).getFirst(name.value());
            if (value == null || !digits.matcher(value).matches()) {
                errors.add(FieldError.of(name.value(), "path.number", digits == LONG ? 18 : 9));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Pattern digits(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return LONG;
        }
        if (type == int.class || type == Integer.class) {
            return INT;
        }
        return null;
    }
}
