package cn.gov.baotou.talent.rareearth.problem.boundary;

import static cn.gov.baotou.talent.core.rest.RequestFields.typed;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 揭榜挂帅 (rare-earth.9): problems published by the science bureau, bids, the lead, milestones, the result. */
@Path("/v1/rare-earth/problems")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class ProblemsResource {

    @Inject
    ProblemDesk desk;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "某年张榜的关键核心技术难题（默认今年）")
    public List<ProblemView> year(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return desk.year(y).stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "张榜（市科技局）：title、description、field、districtCode（可空）、budgetYuan、bidsDue")
    public Response publish(JsonObject body, @Context UriInfo uri) {
        KeyProblem k = desk.publish(new ProblemForms.Publish(
                typed(body, "title"),
                typed(body, "description"),
                typed(body, "field"),
                typed(body, "districtCode"),
                typed(body, "budgetYuan"),
                typed(body, "bidsDue")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(k.id()))
                        .build())
                .entity(view(k))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "难题详情：揭榜方案（企业只见本企业的）、攻关节点、可进行的操作")
    public ProblemView get(@PathParam("id") long id) {
        return view(desk.visible(id));
    }

    @POST
    @Path("{id}/bids")
    @Operation(summary = "揭榜（企业）：teamLeader、proposal、budgetYuan")
    public ProblemView bid(@PathParam("id") long id, JsonObject body) {
        desk.bid(
                id,
                new ProblemForms.Bid(typed(body, "teamLeader"), typed(body, "proposal"), typed(body, "budgetYuan")));
        return view(desk.visible(id));
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "报告攻关节点（挂帅企业）：title、reachedOn、note")
    public ProblemView milestone(@PathParam("id") long id, JsonObject body) {
        desk.reportMilestone(
                id, new ProblemForms.Milestone(typed(body, "title"), typed(body, "reachedOn"), typed(body, "note")));
        return view(desk.visible(id));
    }

    @POST
    @Path("{id}/decisions")
    @Operation(summary = "市科技局决定：APPOINT（bidId）、WITHDRAW、ACCEPT、REJECT_RESULT，均须 text（意见或验收结论）")
    public ProblemView decide(@PathParam("id") long id, JsonObject body) {
        return view(desk.decide(
                id, new ProblemForms.Decide(typed(body, "action"), typed(body, "bidId"), typed(body, "text"))));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "流程记录")
    public List<ActivityView> timeline(@PathParam("id") long id) {
        return desk.timeline(id);
    }

    private ProblemView view(KeyProblem k) {
        return ProblemView.of(
                k,
                desk.bids(k.id()),
                desk.milestones(k.id()),
                desk.actions(k).stream().map(Enum::name).toList());
    }
}
