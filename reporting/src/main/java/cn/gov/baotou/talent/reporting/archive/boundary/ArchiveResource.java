package cn.gov.baotou.talent.reporting.archive.boundary;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.job.control.DownloadName;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The monthly archive: the reports kept for each month (the latest first) and each one's PDF as it was generated,
 * checked against its SHA-256 before it is served (leadership and the city office).
 */
@Path("/v1/reports/archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "reports")
public class ArchiveResource {

    @Inject
    MonthlyArchive archive;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** The months archived by a run. */
    public record Run(List<String> archived) {}

    @GET
    @Operation(summary = "月度报表归档：每月自动生成的四份报表（全市、本年累计至月末），含生成时间、参数版本与 SHA-256")
    public List<ArchiveView> list() {
        Messages m = ProblemResponses.messages(headers);
        return archive.list().stream()
                .map(a -> ArchiveView.of(a, m, request.getContextPath()))
                .toList();
    }

    @GET
    @Path("{id: [0-9]+}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "归档报表的 PDF，原样提供；文件与其 SHA-256 不符时拒绝（409）")
    public Response pdf(@PathParam("id") long id) {
        MonthlyArchive.Opened opened = archive.open(id);
        Messages m = ProblemResponses.messages(headers);
        ArchivedReport a = opened.report();
        String title = m.get(ReportingMessages.BUNDLE, "kind." + a.kind().name());
        String name = title + "_" + a.month() + ".pdf";
        String ascii = a.kind().path() + "_" + a.month() + ".pdf";
        return Response.ok(opened.bytes(), "application/pdf")
                .header("Content-Disposition", DownloadName.contentDisposition(name, ascii))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", a.sha256())
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    @POST
    @Operation(summary = "市委人才办立即归档：指定已结束的月份（month=YYYY-MM），或不指定则补齐到期的月份；已归档的月份不重复生成")
    public Run run(@QueryParam("month") String month) {
        YearMonth m = null;
        if (month != null && !month.isBlank()) {
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput(List.of(ReportingMessages.error("month", "period.month", month)));
            }
        }
        return new Run(archive.archiveNow(m).stream().map(YearMonth::toString).toList());
    }
}
