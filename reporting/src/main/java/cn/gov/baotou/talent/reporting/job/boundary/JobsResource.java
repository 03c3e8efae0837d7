package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.account.boundary.OpenToReaders;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.reporting.job.control.DownloadName;
import cn.gov.baotou.talent.reporting.job.entity.JobStatus;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.store.entity.ReportFiles;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports generated in the background: ask for one (202 with its address), poll its status, fetch its file once done.
 * Each caller sees only their own jobs; the scope is checked when the job is asked for, as for a direct download.
 */
@Path("/v1/reports/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "reports")
public class JobsResource {

    @Inject
    JobLauncher launcher;

    @Inject
    ReportJobDesk desk;

    @Inject
    ReportFiles files;

    @Inject
    ScopeNames names;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @OpenToReaders
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "后台生成报表：{kind, year | from/to, district, format}，返回 202 与任务地址（Location），轮询其状态")
    public Response submit(JobForm form) {
        Messages m = ProblemResponses.messages(headers);
        ReportJob job = launcher.submit(form, "en".equals(m.locale().getLanguage()) ? "en" : "zh");
        return Response.accepted(view(job, m))
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id()))
                        .build())
                .build();
    }

    @GET
    @Operation(summary = "本人的报表任务（最近 50 个，一天后清除）")
    public List<JobView> mine() {
        Messages m = ProblemResponses.messages(headers);
        return desk.mine(50).stream().map(j -> view(j, m)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "报表任务的状态：QUEUED / RUNNING（阶段与进度）/ DONE（文件地址、SHA-256）/ FAILED")
    public Response status(@PathParam("id") long id) {
        ReportJob job = desk.mine(id);
        Response.ResponseBuilder r = Response.ok(view(job, ProblemResponses.messages(headers)));
        if (!job.status().finished()) {
            r.header("Retry-After", "1");
        }
        return r.header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "已完成的报表文件（下载前按 SHA-256 校验）")
    public Response file(@PathParam("id") long id) {
        ReportJob job = desk.mine(id);
        if (job.status() != JobStatus.DONE) {
            throw new Conflict(ReportingMessages.ref("job.notReady"), id);
        }
        byte[] bytes = files.readVerified(job.storedFile(), job.sha256())
                .orElseThrow(() -> new Conflict(ReportingMessages.ref("job.fileChanged"), id));
        Messages m = ProblemResponses.messages(headers);
        String title = m.get(ReportingMessages.BUNDLE, "kind." + job.kind().name());
        String name = DownloadName.of(
                title,
                job.scope().period(),
                scopeName(job.districtCode(), m),
                job.format().extension());
        return Response.ok(bytes, job.format().mediaType())
                .header(
                        "Content-Disposition",
                        DownloadName.contentDisposition(
                                name,
                                DownloadName.ascii(
                                        job.kind(),
                                        job.scope().period(),
                                        job.districtCode(),
                                        job.format().extension())))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", job.sha256())
                .build();
    }

    private JobView view(ReportJob job, Messages m) {
        return JobView.of(job, m, scopeName(job.districtCode(), m), request.getContextPath(), clock);
    }

    private String scopeName(String districtCode, Messages m) {
        return names.of(districtCode, m);
    }
}
