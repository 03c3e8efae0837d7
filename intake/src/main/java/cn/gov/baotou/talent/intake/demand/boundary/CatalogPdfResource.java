package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public demand catalog as a PDF download, with the same filters as the page and the Excel export. The PDF is
 * made by reporting's {@link TablePdf}; a platform deployed without it answers 404 naming the Excel download instead.
 */
@Path("/v1/intake/catalog.pdf")
@RequestScoped
@Tag(name = "intake-catalog", description = "岗位需求目录（公开）")
public class CatalogPdfResource {

    @Inject
    DemandCatalog catalog;

    @Inject
    Instance<TablePdf> pdfs;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(CatalogPdf.CONTENT_TYPE)
    @Operation(summary = "下载岗位需求目录（PDF），筛选条件同 /api/v1/intake/catalog；未部署报表组件时 404")
    public Response download(
            @QueryParam("industry") String industry,
            @QueryParam("degree") String degree,
            @QueryParam("discipline") String discipline,
            @QueryParam("district") String district) {
        CatalogFilter f = catalog.filter(industry, degree, discipline, district);
        if (!pdfs.isResolvable()) {
            throw new NotFound(new MessageRef(IntakeEligibility.BUNDLE, "catalog.pdf.unavailable"), "catalog.pdf");
        }
        Messages m = ProblemResponses.messages(headers);
        List<CatalogEntry> rows =
                catalog.all(f).stream().map(d -> CatalogEntry.of(d, m)).toList();
        byte[] pdf = CatalogPdf.render(pdfs.get(), rows, catalog.describe(f, m), m);
        return Response.ok(pdf, CatalogPdf.CONTENT_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"catalog.pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(CatalogPdf.fileName(m), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }
}
