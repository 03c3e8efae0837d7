package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications under the paying measures, within the caller's scope (outside it: 404, as if absent). */
@Path("/v1/rare-earth/applications")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth", description = "支持促进稀土产业人才发展的若干措施")
public class ApplicationsResource {

    @Inject
    ApplicationDesk desk;

    @Context
    HttpHeaders headers;

    /** A page of applications and how many there are in all. */
    public record Page(long total, List<ApplicationView> items) {}

    @POST
    @Operation(summary = "申报（企业为本企业或本企业人员申报；市委人才办可代企业申报，须给出 enterpriseId）")
    public Response submit(JsonObject body, @Context UriInfo uri) {
        SupportApplication a = desk.submit(JsonForms.application(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.id()))
                        .build())
                .entity(view(a))
                .build();
    }

    @GET
    @Operation(summary = "申报列表（按权限范围；可按措施 measure、状态 status 筛选，first/max 分页）")
    public Page search(
            @QueryParam("measure") Integer measure,
            @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("20") int max) {
        ApplicationStatus s = status(status);
        int size = Math.max(1, Math.min(max, 100));
        return new Page(
                desk.count(measure, s),
                desk.search(measure, s, Math.max(0, first), size).stream()
                        .map(this::view)
                        .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "申报详情，含按条款逐项说明的审核要点")
    public ApplicationView get(@PathParam("id") long id) {
        return view(desk.visible(id));
    }

    @POST
    @Path("{id}/reviews")
    @Operation(summary = "审核：牵头部门 DEPARTMENT_APPROVE/REJECT，市委人才办 CITY_APPROVE/REJECT（通过即记入资金台账）")
    public ApplicationView review(@PathParam("id") long id, JsonObject body) {
        return view(desk.review(id, JsonForms.review(body)));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "流程记录")
    public List<ActivityView> timeline(@PathParam("id") long id) {
        return desk.timeline(id);
    }

    private ApplicationView view(SupportApplication a) {
        return ApplicationView.of(a, desk.decision(a), desk.actions(a), ProblemResponses.messages(headers));
    }

    static ApplicationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(FieldError.of(
                    "status", "request.oneOf", text, "SUBMITTED|CITY_REVIEW|GRANTED|REJECTED|DUPLICATE")));
        }
    }
}
