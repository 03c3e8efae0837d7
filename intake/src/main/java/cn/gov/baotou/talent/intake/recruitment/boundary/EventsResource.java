package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.RecruitmentEvent;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 推介引才活动 at universities (intake.5.2) and the candidates each brought; the city office records them. */
@Path("/v1/intake/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake-recruitment", description = "推介引才活动与域外人才工作站")
public class EventsResource {

    @Inject
    RecruitmentBook book;

    /** A page of events with their total. */
    public record EventPage(long total, int page, int size, List<EventView> items) {}

    @GET
    @Operation(summary = "推介引才活动（分页，最近的在前）")
    public EventPage list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        List<EventView> items =
                book.events(p * n, n).stream().map(e -> EventView.of(e, null)).toList();
        return new EventPage(book.countEvents(), p, n, items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一场活动及其带来的人选（人选按本人权限范围）")
    public EventView get(@PathParam("id") long id) {
        return view(book.event(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办登记推介引才活动")
    public Response create(JsonObject body, @Context UriInfo uri) {
        RecruitmentEvent e = book.createEvent(RecruitmentJson.event(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(e.id()))
                        .build())
                .entity(view(e))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办修改活动信息")
    public EventView revise(@PathParam("id") long id, JsonObject body) {
        return view(book.reviseEvent(id, RecruitmentJson.event(body)));
    }

    @POST
    @Path("{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记活动带来的人选（状态 CONTACTED、INTERVIEWED、OFFERED、DECLINED）")
    public Response addCandidate(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        RecruitedCandidate c = book.addCandidate(SourceKind.EVENT, id, RecruitmentJson.candidate(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(c.id()))
                        .build())
                .entity(CandidateView.of(c))
                .build();
    }

    @PUT
    @Path("{id}/candidates/{candidateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "更新人选的情况（状态、意向企业）")
    public CandidateView updateCandidate(
            @PathParam("id") long id, @PathParam("candidateId") long candidateId, JsonObject body) {
        return CandidateView.of(
                book.updateCandidate(SourceKind.EVENT, id, candidateId, RecruitmentJson.candidate(body)));
    }

    private EventView view(RecruitmentEvent e) {
        return EventView.of(
                e,
                book.candidates(SourceKind.EVENT, e.id()).stream()
                        .map(CandidateView::of)
                        .toList());
    }
}
