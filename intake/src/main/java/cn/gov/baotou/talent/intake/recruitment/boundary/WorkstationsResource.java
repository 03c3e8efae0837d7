package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import cn.gov.baotou.talent.intake.recruitment.entity.Workstation;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 域外人才工作站 (intake.5.2) and the candidates each brought; the city office records them. */
@Path("/v1/intake/workstations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake-recruitment", description = "推介引才活动与域外人才工作站")
public class WorkstationsResource {

    @Inject
    RecruitmentBook book;

    @Inject
    Clock clock;

    /** A page of workstations with their total. */
    public record WorkstationPage(long total, int page, int size, List<WorkstationView> items) {}

    @GET
    @Operation(summary = "域外人才工作站（分页，最近设立的在前；active 表示今天在运行）")
    public WorkstationPage list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        List<WorkstationView> items = book.workstations(p * n, n).stream()
                .map(w -> WorkstationView.of(w, today(), null))
                .toList();
        return new WorkstationPage(book.countWorkstations(), p, n, items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一个工作站及其带来的人选（人选按本人权限范围）")
    public WorkstationView get(@PathParam("id") long id) {
        return view(book.workstation(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办登记域外人才工作站")
    public Response create(JsonObject body, @Context UriInfo uri) {
        Workstation w = book.createWorkstation(RecruitmentJson.workstation(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(w.id()))
                        .build())
                .entity(view(w))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办修改工作站信息（含运行期限）")
    public WorkstationView revise(@PathParam("id") long id, JsonObject body) {
        return view(book.reviseWorkstation(id, RecruitmentJson.workstation(body)));
    }

    @POST
    @Path("{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记工作站带来的人选（状态 CONTACTED、INTERVIEWED、OFFERED、DECLINED）")
    public Response addCandidate(@PathParam("id") long id, JsonObject body, @Context UriInfo uri) {
        RecruitedCandidate c = book.addCandidate(SourceKind.WORKSTATION, id, RecruitmentJson.candidate(body));
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
                book.updateCandidate(SourceKind.WORKSTATION, id, candidateId, RecruitmentJson.candidate(body)));
    }

    private WorkstationView view(Workstation w) {
        return WorkstationView.of(
                w,
                today(),
                book.candidates(SourceKind.WORKSTATION, w.id()).stream()
                        .map(CandidateView::of)
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
