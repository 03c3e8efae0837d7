package cn.gov.baotou.talent.intake.recruitment.boundary;

import cn.gov.baotou.talent.intake.recruitment.entity.RecruitedCandidate;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The candidates one source brought (an event or a workstation), as the sub-resource {@code {id}/candidates} of both:
 * the two kinds of source record their candidates the same way.
 */
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CandidatesResource {

    private final RecruitmentBook book;
    private final SourceKind kind;
    private final long sourceId;

    CandidatesResource(RecruitmentBook book, SourceKind kind, long sourceId) {
        this.book = book;
        this.kind = kind;
        this.sourceId = sourceId;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记带来的人选（状态 CONTACTED、INTERVIEWED、OFFERED、DECLINED）")
    public Response add(JsonObject body, @Context UriInfo uri) {
        RecruitedCandidate c = book.addCandidate(kind, sourceId, RecruitmentJson.candidate(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(c.id()))
                        .build())
                .entity(CandidateView.of(c))
                .build();
    }

    @PUT
    @Path("{candidateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "更新人选的情况（状态、意向企业）")
    public CandidateView update(@PathParam("candidateId") long candidateId, JsonObject body) {
        return CandidateView.of(book.updateCandidate(kind, sourceId, candidateId, RecruitmentJson.candidate(body)));
    }
}
