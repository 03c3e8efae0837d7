package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.servicesplan.flow.boundary.JsonFields;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 服务需求 (services-plan.6): raised by enterprises, routed by the city office to a department or a district task force
 * with a deadline in working days, worked by the commissioner, rated by the enterprise.
 */
@Path("/v1/services-plan/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class RequestsResource {

    @Inject
    RequestDesk desk;

    /** A page of requests with the total of the status asked for. */
    public record RequestPage(long total, long overdue, int page, int size, List<RequestView> items) {}

    @GET
    @Operation(
            summary = "本人权限范围内的服务需求（部门专员只见分派给本部门的；可按状态、服务模块、属地、标题或企业名称筛选，"
                    + "overdue=true 只列逾期的；sort=number|enterprise|module|raisedOn|status|department|deadline|rating，"
                    + "dir=asc|desc）")
    public RequestPage search(
            @QueryParam("status") String status,
            @QueryParam("module") String module,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("district") String district,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Map<String, String> given = new HashMap<>();
        given.put("status", status);
        given.put("module", module);
        given.put("overdue", String.valueOf(overdue));
        given.put("district", district);
        given.put("q", q);
        given.put("sort", sort);
        given.put("dir", dir);
        given.put("page", String.valueOf(page));
        given.put("size", String.valueOf(size));
        RequestSearch s = RequestSearch.of(ListParams.read(given::get, RequestSearch.FILTERS, 20), desk.today());
        ListParams p = s.params();
        return new RequestPage(
                desk.count(s.filter()),
                desk.countOverdue(),
                p.page(),
                p.size(),
                desk.find(s.filter(), s.order(), p.first(), p.size()).stream()
                        .map(r -> RequestView.of(r, desk.today(), List.of(), List.of()))
                        .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一项服务需求及其流程记录（超出权限范围时返回 404）")
    public RequestView get(@PathParam("id") long id) {
        List<String> actions =
                desk.available(id).stream().map(RequestStep::name).toList();
        return RequestView.of(desk.visible(id), desk.today(), actions, desk.timeline(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "企业提出服务需求：module（LABOUR 用工保障、MATCHMAKING 交友婚恋、ELDERLY_CARE 老人康养、"
                    + "VOCATIONAL_EDUCATION 职业教育 …）, title, description, raisedOn（缺省为今天）")
    public Response raise(JsonObject body, @Context UriInfo uri) {
        JsonFields in = JsonFields.of(body);
        ServiceRequest r = desk.raise(
                new RequestForm(in.text("module"), in.text("title"), in.text("description"), in.text("raisedOn")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(r.id()))
                        .build())
                .entity(RequestView.of(r, desk.today(), List.of(), List.of()))
                .build();
    }

    @POST
    @Path("{id}/route")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "市委人才办分派：departmentCode, taskForce（true：属地人才服务工作专班）, workingDays 办理时限（工作日）, " + "opinion（改派时必填）")
    public RequestView route(@PathParam("id") long id, JsonObject body) {
        JsonFields in = JsonFields.of(body);
        return view(desk.route(
                id,
                new RouteForm(
                        in.text("departmentCode"), in.text("taskForce"), in.text("workingDays"), in.text("opinion"))));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "部门专员受理")
    public RequestView accept(@PathParam("id") long id, JsonObject body) {
        return view(desk.accept(id, JsonFields.of(body).text("opinion")));
    }

    @POST
    @Path("{id}/hand-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "部门专员退回市委人才办重新分派（opinion 必填）")
    public RequestView handBack(@PathParam("id") long id, JsonObject body) {
        return view(desk.handBack(id, JsonFields.of(body).text("opinion")));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "部门专员办结（opinion 必填：办理结果）")
    public RequestView resolve(@PathParam("id") long id, JsonObject body) {
        return view(desk.resolve(id, JsonFields.of(body).text("opinion")));
    }

    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业评价办理结果：rating 1—5, comment")
    public RequestView rate(@PathParam("id") long id, JsonObject body) {
        JsonFields in = JsonFields.of(body);
        return view(desk.rate(id, new RatingForm(in.text("rating"), in.text("comment"))));
    }

    private RequestView view(ServiceRequest r) {
        return RequestView.of(r, desk.today(), List.of(), List.of());
    }
}
