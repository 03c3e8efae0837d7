package cn.gov.baotou.talent.core.account.boundary;

import cn.gov.baotou.talent.core.refusal.Forbidden;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link Permitted}: the method's own annotation wins over its class's. */
@Permitted({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class PermittedCheck {

    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        Permitted p = ctx.getMethod().getAnnotation(Permitted.class);
        if (p == null) {
            p = ctx.getMethod().getDeclaringClass().getAnnotation(Permitted.class);
        }
        if (p == null) {
            p = ctx.getTarget().getClass().getSuperclass().getAnnotation(Permitted.class);
        }
        if (p == null || !caller.is(p.value())) {
            throw new Forbidden(ctx.getMethod().getName());
        }
        return ctx.proceed();
    }
}
