package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public demand catalog as an Excel download (导出), with the same filters as the page and the JSON API. */
@Path("/v1/intake/catalog.xlsx")
@RequestScoped
@Tag(name = "intake-catalog", description = "岗位需求目录（公开）")
public class CatalogWorkbookResource {

    @Inject
    DemandCatalog catalog;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(CatalogWorkbook.CONTENT_TYPE)
    @Operation(summary = "下载岗位需求目录（Excel，.xlsx），筛选条件同 /api/v1/intake/catalog")
    public Response download(
            @QueryParam("industry") String industry,
            @QueryParam("degree") String degree,
            @QueryParam("discipline") String discipline,
            @QueryParam("district") String district) {
        CatalogFilter f = catalog.filter(industry, degree, discipline, district);
        Messages m = ProblemResponses.messages(headers);
        List<CatalogEntry> rows =
                catalog.all(f).stream().map(d -> CatalogEntry.of(d, m)).toList();
        String described = catalog.describe(f, m);
        Instant at = clock.instant();
        StreamingOutput body = out -> CatalogWorkbook.write(rows, described, at, m, out);
        String name = m.get(DemandWorkflow.BUNDLE, "catalog.xlsx.fileName") + ".xlsx";
        return Response.ok(body, CatalogWorkbook.CONTENT_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"catalog.xlsx\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
