package cn.gov.baotou.talent.servicesplan.rest;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.rest.Problem;
import cn.gov.baotou.talent.core.rest.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** Problem details of the plan's refusals, shaped exactly as core's so that every module's errors look the same. */
final class ServicesPlanProblems {

    private ServicesPlanProblems() {}

    static Response of(
            HttpHeaders headers, UriInfo uri, int status, String titleKey, Function<Messages, String> detail) {
        Messages m = ProblemResponses.messages(headers);
        Problem p = new Problem(
                "/problems/" + titleKey.replace("problem.", ""),
                m.get(titleKey),
                status,
                detail.apply(m),
                uri == null ? null : uri.getRequestUri().getPath(),
                List.of());
        return Response.status(status)
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(p)
                .build();
    }
}
