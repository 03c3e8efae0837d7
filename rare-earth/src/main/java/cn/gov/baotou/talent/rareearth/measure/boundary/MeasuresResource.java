package cn.gov.baotou.talent.rareearth.measure.boundary;

import cn.gov.baotou.talent.core.document.boundary.UploadSized;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureDocument;
import cn.gov.baotou.talent.rareearth.rest.Multipart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 15 measures as data and their board, and the 细则 / 办事流程 / 配套措施 filed against them. */
@Path("/v1/rare-earth/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class MeasuresResource {

    @Inject
    MeasureOverview overview;

    @Inject
    MeasureDesk desk;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "措施看板：每条措施的牵头单位、责任单位、参数、细则与配套措施、资金台账中的件数和金额、目标进度")
    public List<MeasureSummary> board(@QueryParam("asOf") String asOf) {
        return overview.board(day(asOf));
    }

    @GET
    @Path("{number}")
    @Operation(summary = "一条措施（1—15）")
    public MeasureSummary measure(@PathParam("number") int number, @QueryParam("asOf") String asOf) {
        return overview.summary(number, day(asOf));
    }

    @POST
    @Path("{number}/documents")
    @UploadSized
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "报送细则（DETAILED_RULES）、办事流程（PROCEDURE）或配套措施（DISTRICT_MEASURES）：表单字段 file、kind、"
                    + "title、issuedOn；市委人才办代报时给出 departmentCode 或 districtCode")
    public Response file(
            @PathParam("number") int number,
            @FormParam("file") EntityPart file,
            @FormParam("kind") EntityPart kind,
            @FormParam("title") EntityPart title,
            @FormParam("issuedOn") EntityPart issuedOn,
            @FormParam("departmentCode") EntityPart departmentCode,
            @FormParam("districtCode") EntityPart districtCode,
            @Context UriInfo uri) {
        FilingForm form = new FilingForm(
                Multipart.text(kind),
                Multipart.text(title),
                Multipart.text(issuedOn),
                Multipart.text(departmentCode),
                Multipart.text(districtCode),
                file == null ? null : file.getFileName().orElse(null));
        MeasureDocument d = desk.file(number, form, file == null ? null : file.getContent());
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/rare-earth/measures/documents/" + d.documentId() + "/content")
                        .build())
                .entity(desk.view(d))
                .build();
    }

    @GET
    @Path("{number}/documents")
    @Operation(summary = "一条措施已报送的细则、办事流程和配套措施")
    public List<FilingView> filings(@PathParam("number") int number) {
        return desk.filings(number);
    }

    @GET
    @Path("documents/{documentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "已报送材料的内容，供在线预览（登录用户均可阅读）")
    public Response content(@PathParam("documentId") long documentId) {
        MeasureDesk.Content c = desk.content(documentId);
        Document d = c.document();
        return Response.ok((StreamingOutput) out -> Files.copy(c.file(), out))
                .type(d.contentType().mediaType())
                .header("Content-Length", d.size())
                .header("Content-Disposition", Multipart.disposition("inline", d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return DayText.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("asOf", "request.date", asOf);
        }
    }
}
