package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandDraft;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Job demands within the caller's scope (an enterprise its own, a district office its district's, the city office
 * all): drafted and submitted by the enterprise, published or returned by the city office (intake.5.1, intake.5.2).
 */
@Path("/v1/intake/demands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake-demands", description = "岗位需求：企业提交，市委人才办审核发布")
public class DemandsResource {

    @Inject
    DemandBoard board;

    @Context
    HttpHeaders headers;

    /** A page of demands with the total the filters match. */
    public record DemandPage(long total, int page, int size, List<DemandView> items) {}

    @GET
    @Operation(summary = "查询本人权限范围内的岗位需求（分页，最新在前；status 可选 DRAFT、SUBMITTED、PUBLISHED、RETURNED、CLOSED）")
    public DemandPage search(
            @QueryParam("status") String status,
            @QueryParam("districtCode") String districtCode,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        DemandStatus s = status(status);
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        Messages m = ProblemResponses.messages(headers);
        List<DemandView> items = board.search(s, district, p * n, n).stream()
                .map(d -> DemandView.of(d, m, null))
                .toList();
        return new DemandPage(board.count(s, district), p, n, items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一条岗位需求及其流程记录（超出权限范围时与不存在同样返回 404）")
    public DemandView get(@PathParam("id") long id) {
        return view(board.visible(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业新建岗位需求草稿（企业须属于引进范围，intake.4）")
    public Response create(JsonObject body, @Context UriInfo uri) {
        JobDemand d = board.create(draft(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(d.id()))
                        .build())
                .entity(view(d))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业修改草稿或被退回的岗位需求")
    public DemandView revise(@PathParam("id") long id, JsonObject body) {
        return view(board.revise(id, draft(body)));
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "流转：submit（企业提交）、publish（市委人才办发布）、return（退回，须填写意见）、close（关闭）；" + "请求体可为 {\"opinion\":\"审批意见\"}")
    public DemandView act(@PathParam("id") long id, @PathParam("action") String action, String body) {
        DemandAction a = DemandAction.ofCode(action)
                .orElseThrow(() -> new InvalidInput(List.of(FieldError.of(
                        "action",
                        "request.oneOf",
                        action,
                        String.join(
                                "|",
                                Arrays.stream(DemandAction.values())
                                        .map(DemandAction::code)
                                        .toList())))));
        return view(board.act(id, a, opinion(body)));
    }

    /** The demand as read afresh with its enterprise, district and industry, after the step's transaction ended. */
    private DemandView view(JobDemand d) {
        return DemandView.of(board.visible(d.id()), ProblemResponses.messages(headers), board.timeline(d.id()));
    }

    private static DemandStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DemandStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(FieldError.of(
                    "status",
                    "request.oneOf",
                    text,
                    String.join(
                            "|",
                            Arrays.stream(DemandStatus.values()).map(Enum::name).toList()))));
        }
    }

    private static String opinion(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            JsonValue v = r.readObject().get("opinion");
            return v instanceof jakarta.json.JsonString s ? s.getString() : null;
        }
    }

    /** The demand's fields as text, whatever JSON type they came in: the draft's check names each bad one. */
    static DemandDraft draft(JsonObject body) {
        JsonObject o = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return new DemandDraft(
                text(o, "positionTitle"),
                text(o, "headcount"),
                text(o, "degree"),
                text(o, "disciplineCode"),
                text(o, "majors"),
                text(o, "workType"),
                text(o, "duties"),
                text(o, "salaryMinYuan"),
                text(o, "salaryMaxYuan"),
                text(o, "workLocation"),
                text(o, "contactPhone"),
                text(o, "contactEmail"));
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }
}
