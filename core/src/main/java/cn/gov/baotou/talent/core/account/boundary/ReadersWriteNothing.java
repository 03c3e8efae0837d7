package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Leadership reads and changes nothing (PRODUCT.md; issue 15 item 3): every write operation of the API refuses it
 * with 403 before its body is read, whatever the desk behind it checks later. A write meant for readers too says so
 * with {@link OpenToReaders}.
 */
@Provider
public class ReadersWriteNothing implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (writes(method) && !openToReaders(method, resource.getResourceClass())) {
            context.register(new Guard(method.getName()));
        }
    }

    static boolean writes(Method method) {
        return method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    static boolean openToReaders(Method method, Class<?> resource) {
        return method.isAnnotationPresent(OpenToReaders.class) || resource.isAnnotationPresent(OpenToReaders.class);
    }

    /** Refuses a read-only caller; the caller is the platform's (its account's role), as every desk asks it. */
    static final class Guard implements ContainerRequestFilter {

        private final String action;

        Guard(String action) {
            this.action = action;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (CDI.current().select(Caller.class).get().is(Role.LEADERSHIP)) {
                throw new Forbidden(action);
            }
        }
    }
}
