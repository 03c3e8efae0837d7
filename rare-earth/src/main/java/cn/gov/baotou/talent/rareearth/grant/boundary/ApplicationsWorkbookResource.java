package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.XlsxDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The applications list as Excel (导出), with the list's filters and within the caller's scope. */
@Path("/v1/rare-earth/applications.xlsx")
@RequestScoped
@Tag(name = "rare-earth")
public class ApplicationsWorkbookResource {

    @Inject
    ApplicationsExport export;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出申报列表（Excel，.xlsx）：筛选条件同 /api/v1/rare-earth/applications（measure、status），按权限范围")
    public Response download(@QueryParam("measure") Integer measure, @QueryParam("status") String status) {
        ApplicationStatus s = ApplicationsResource.status(status);
        Messages m = ProblemResponses.messages(headers);
        List<String> filters = List.of(
                XlsxDownload.filter(
                        m,
                        "applications.measure",
                        measure == null ? null : m.get(RareEarthMessages.BUNDLE, "measure.name." + measure)),
                XlsxDownload.filter(
                        m,
                        "applications.status",
                        s == null ? null : m.get(RareEarthMessages.BUNDLE, "application.status." + s.name())));
        return XlsxDownload.of(
                export.table(measure, s, m),
                filters,
                caller.getScopeLabel(),
                m,
                clock.instant(),
                m.get(RareEarthMessages.BUNDLE, "applications.title"));
    }
}
