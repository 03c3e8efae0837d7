package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.document.boundary.UploadSized;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 批量报送拟录用人员 (intake.5.3) from the Excel template: the template, the upload (whole or not at all), how far an
 * upload has come, and the enterprise's recent uploads. A root resource of its own: under {@code /hires/{id}} a POST
 * to {@code /hires/import} would reach {@link HireResource} and be refused.
 */
@Path("/v1/intake/hires/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake")
public class HireImportResource {

    @Inject
    HireImportDesk imports;

    @Context
    HttpHeaders headers;

    /** An upload and how far it has come; {@code failure}: why it failed (an interrupted import: the restart). */
    public record ImportView(
            long id,
            String ticket,
            String fileName,
            String status,
            int rows,
            int checked,
            int imported,
            int problems,
            String importedBy,
            Instant startedAt,
            Instant finishedAt,
            String failure) {

        static ImportView of(HireImport i) {
            return new ImportView(
                    i.id(),
                    i.ticket(),
                    i.fileName(),
                    i.status().name(),
                    i.rowCount(),
                    i.rowsChecked(),
                    i.rowsImported(),
                    i.problemCount(),
                    i.importedBy(),
                    i.startedAt(),
                    i.finishedAt(),
                    i.failure());
        }
    }

    @GET
    @Path("template")
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "拟录用人员批量报送模板（.xlsx：填写说明、示例行、下拉选项）")
    public Response template() {
        var m = ProblemResponses.messages(headers);
        StreamingOutput body = out -> HireImportTemplate.write(m, Disciplines.names(), imports.limits(), out);
        String name = m.get(IntakeEligibility.BUNDLE, "import.template.file") + ".xlsx";
        return Response.ok(body, TableWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", attachment("hires-template.xlsx", name))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @UploadSized
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "企业批量报送拟录用人员：表单字段 file（按模板填写的 .xlsx），可选 ticket（用于查询进度）；逐行按单个报送的规则审核，"
                    + "任何一行有误则整份文件不导入，逐项列出 rows[行号].字段 与原因；全部无误则在一个事务中全部报送，各行按当日参数认定资格")
    public Response importFile(
            @FormParam("file") EntityPart file, @FormParam("ticket") EntityPart ticket, @Context UriInfo uri) {
        HireImportResult r = imports.importFile(
                text(ticket),
                file == null ? null : file.getFileName().orElse(null),
                file == null ? null : content(file));
        return Response.created(uri.getAbsolutePathBuilder().path(r.ticket()).build())
                .entity(r)
                .build();
    }

    @GET
    @Operation(summary = "本企业最近的批量报送")
    public List<ImportView> recent() {
        return imports.recent(20).stream().map(ImportView::of).toList();
    }

    @GET
    @Path("{ticket}")
    @Operation(summary = "一次批量报送的进度：已检查、已导入的行数，或其结果（本企业的）")
    public ImportView progress(@PathParam("ticket") String ticket) {
        return imports.progress(ticket)
                .map(ImportView::of)
                .orElseThrow(() -> new NotFound(new MessageRef(IntakeEligibility.BUNDLE, "import.notFound"), ticket));
    }

    private static InputStream content(EntityPart part) {
        return part.getContent();
    }

    private static String text(EntityPart part) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(100), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String attachment(String ascii, String name) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
