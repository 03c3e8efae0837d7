package cn.gov.baotou.talent.rareearth.training.boundary;

import cn.gov.baotou.talent.core.document.boundary.UploadSized;
import cn.gov.baotou.talent.rareearth.rest.Multipart;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingBatch;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training records of universities and vocational schools (rare-earth.7): the template, imports, the records. */
@Path("/v1/rare-earth/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class TrainingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TrainingDesk desk;

    @Inject
    Clock clock;

    /** An imported file as shown. */
    public record BatchView(long id, String fileName, int rows, String importedBy, Instant importedAt) {

        static BatchView of(TrainingBatch b) {
            return new BatchView(b.id(), b.fileName(), b.rowCount(), b.importedBy(), b.importedAt());
        }
    }

    /** A trained talent as shown. */
    public record RecordView(
            long id,
            String institution,
            String institutionKind,
            String traineeName,
            String studentNo,
            String talentType,
            String trainingMode,
            String major,
            String districtCode,
            LocalDate completedOn) {

        static RecordView of(TrainingRecord r) {
            return new RecordView(
                    r.id(),
                    r.institution(),
                    r.institutionKind(),
                    r.traineeName(),
                    r.studentNo(),
                    r.talentType(),
                    r.trainingMode(),
                    r.major(),
                    r.districtCode(),
                    r.completedOn());
        }
    }

    /** A page of records and how many there are in the year. */
    public record Page(long total, List<RecordView> items) {}

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(summary = "培养记录导入模板（.xlsx，含填写说明）")
    public Response template() {
        return Response.ok((StreamingOutput) TrainingWorkbook::template)
                .type(XLSX)
                .header("Content-Disposition", Multipart.disposition("attachment", "稀土人才培养记录导入模板.xlsx"))
                .build();
    }

    @POST
    @Path("imports")
    @UploadSized
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "导入培养记录（市教育局、市委人才办）：表单字段 file；任何一行有误则整份文件不导入，逐行列出行号、列和原因")
    public Response importFile(@FormParam("file") EntityPart file) {
        TrainingBatch b = desk.importFile(
                file == null ? null : file.getFileName().orElse(null), file == null ? null : file.getContent());
        return Response.status(Response.Status.CREATED).entity(BatchView.of(b)).build();
    }

    @GET
    @Path("records")
    @Operation(summary = "某年完成培养的人才（按权限范围）")
    public Page records(
            @QueryParam("year") Integer year,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return new Page(
                desk.count(y),
                desk.search(y, Math.max(0, first), Math.max(1, Math.min(max, 200))).stream()
                        .map(RecordView::of)
                        .toList());
    }

    @GET
    @Path("imports")
    @Operation(summary = "最近的导入批次")
    public List<BatchView> batches() {
        return desk.batches().stream().map(BatchView::of).toList();
    }
}
