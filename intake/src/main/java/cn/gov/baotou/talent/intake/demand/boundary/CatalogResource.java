package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.intake.demand.entity.CatalogFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public demand catalog as JSON: published demands only, no sign-in; the same filters as the page. */
@Path("/v1/intake/catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake-catalog", description = "岗位需求目录（公开）")
public class CatalogResource {

    @Inject
    DemandCatalog catalog;

    @Context
    HttpHeaders headers;

    /** A page of the catalog with the total the filters match. */
    public record CatalogPage(long total, int page, int size, List<CatalogEntry> items) {}

    @GET
    @Operation(summary = "已发布的岗位需求目录（分页，最新发布在前），可按产业、学历、学科门类、属地筛选（intake.5.2）")
    public CatalogPage search(
            @QueryParam("industry") String industry,
            @QueryParam("degree") String degree,
            @QueryParam("discipline") String discipline,
            @QueryParam("district") String district,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        CatalogFilter f = catalog.filter(industry, degree, discipline, district);
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        Messages m = ProblemResponses.messages(headers);
        List<CatalogEntry> items = catalog.page(f, p * n, n).stream()
                .map(d -> CatalogEntry.of(d, m))
                .toList();
        return new CatalogPage(catalog.count(f), p, n, items);
    }
}
