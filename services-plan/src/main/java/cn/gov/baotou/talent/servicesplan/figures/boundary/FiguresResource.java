package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import cn.gov.baotou.talent.servicesplan.flow.boundary.JsonFields;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
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

/** Enterprises' revenue and investment figures (services-plan.4): entered with evidence, confirmed by the district. */
@Path("/v1/services-plan/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan", description = "重点企业人才精准服务计划")
public class FiguresResource {

    @Inject
    FigureDesk desk;

    /** A page of figures with the total of the status asked for. */
    public record FigurePage(long total, int page, int size, List<FigureView> items) {}

    @GET
    @Operation(
            summary = "本人权限范围内的企业营业收入、项目投资额（分页；可按状态、年度、依据、属地、企业名称筛选；"
                    + "sort=enterprise|district|year|basis|amount|status|enteredAt，dir=asc|desc）")
    public FigurePage search(
            @QueryParam("status") String status,
            @QueryParam("year") String year,
            @QueryParam("basis") String basis,
            @QueryParam("district") String district,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Map<String, String> given = new HashMap<>();
        given.put("status", status);
        given.put("year", year);
        given.put("basis", basis);
        given.put("district", district);
        given.put("q", q);
        given.put("sort", sort);
        given.put("dir", dir);
        given.put("page", String.valueOf(page));
        given.put("size", String.valueOf(size));
        FigureSearch s = FigureSearch.of(ListParams.read(given::get, FigureSearch.FILTERS, 20));
        ListParams p = s.params();
        return new FigurePage(
                desk.count(s.filter()),
                p.page(),
                p.size(),
                desk.find(s.filter(), s.order(), p.first(), p.size()).stream()
                        .map(f -> FigureView.of(f, List.of()))
                        .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一条数据及其流程记录（超出权限范围时与不存在同样返回 404）")
    public FigureView get(@PathParam("id") long id) {
        return FigureView.of(desk.visible(id), desk.timeline(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业填报某年度营业收入或项目投资额（year, basis=REVENUE|INVESTMENT, amountYuan, documentId 证明材料）")
    public Response enter(JsonObject body, @Context UriInfo uri) {
        JsonFields in = JsonFields.of(body);
        EnterpriseFigure f = desk.enter(
                new FigureForm(in.text("year"), in.text("basis"), in.text("amountYuan"), in.text("documentId")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(f.id()))
                        .build())
                .entity(FigureView.of(f, List.of()))
                .build();
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "属地党委人才办确认（opinion 可选）")
    public FigureView confirm(@PathParam("id") long id, JsonObject body) {
        return FigureView.of(desk.confirm(id, JsonFields.of(body).text("opinion")), List.of());
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "属地党委人才办退回（opinion 必填：退回原因）")
    public FigureView giveBack(@PathParam("id") long id, JsonObject body) {
        return FigureView.of(desk.giveBack(id, JsonFields.of(body).text("opinion")), List.of());
    }
}
