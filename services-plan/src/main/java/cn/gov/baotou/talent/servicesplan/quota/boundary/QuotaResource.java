package cn.gov.baotou.talent.servicesplan.quota.boundary;

import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An enterprise's nomination quota of a year from its confirmed figures, each check citing its clause. */
@Path("/v1/services-plan/quota")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class QuotaResource {

    @Inject
    EnterpriseQuota quota;

    @Context
    HttpHeaders headers;

    /** The quota as the API shows it. */
    public record QuotaView(
            long enterpriseId,
            int year,
            int quota,
            String basis,
            String tierClause,
            int used,
            int remaining,
            List<CheckView> checks) {}

    @GET
    @Operation(summary = "推荐名额：企业本身，或（属地、市委人才办）enterpriseId 指定的企业，按已确认的数据（services-plan.4）")
    public QuotaView get(@QueryParam("year") Integer year, @QueryParam("enterpriseId") Long enterpriseId) {
        if (year == null) {
            throw new InvalidInput("year", "request.required", "");
        }
        QuotaStanding s = quota.standing(enterpriseId, year);
        Messages m = ProblemResponses.messages(headers);
        return new QuotaView(
                s.enterpriseId(),
                year,
                s.decision().quota(),
                s.decision().basis() == null ? null : s.decision().basis().name(),
                s.decision().tierClause(),
                s.used(),
                s.remaining(),
                s.decision().checks().stream().map(c -> CheckView.of(c, m)).toList());
    }
}
