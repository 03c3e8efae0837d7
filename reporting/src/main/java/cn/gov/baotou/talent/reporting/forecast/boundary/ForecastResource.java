package cn.gov.baotou.talent.reporting.forecast.boundary;

import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.reporting.forecast.control.Forecast;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/reports/forecast?draft=3&year=2026&pastYears=2} (JSON) and {@code .../forecast.pdf}: the budget
 * forecast of a parameter draft, for the city office only (another role 403, no sign-in 401). The path's optional
 * {@code .pdf} is part of this resource's own path so that it wins over the generic {@code /reports/{report}.{format}}.
 */
@Path("/v1/reports/forecast{format: (\\.pdf)?}")
@RequestScoped
@Tag(name = "reports", description = "报表与预算测算")
public class ForecastResource {

    static final String PDF = "application/pdf";

    @Inject
    BudgetForecast forecasts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", PDF})
    @Operation(summary = "参数草稿的预算测算（市委人才办）：各级财政在现行版本与草稿下的在途案件和往年年均支出；加 .pdf 为 PDF")
    public Response forecast(
            @PathParam("format") String format,
            @QueryParam("draft") @Parameter(description = "草稿编号", example = "1") String draft,
            @QueryParam("year") @Parameter(description = "测算年度（默认草稿生效的第一年）", example = "2026") String year,
            @QueryParam("pastYears") @Parameter(description = "往年年均的年数 1—3（默认 2）", example = "2") String pastYears) {
        ForecastQuery q = ForecastQuery.read(draft, year, pastYears);
        int y = q.year() == null ? forecasts.defaultYear(q.draftId()) : q.year();
        Forecast f = forecasts.forecast(q.draftId(), y, q.pastYears());
        String language = ProblemResponses.messages(headers).locale().getLanguage();
        if (!".pdf".equals(format)) {
            return Response.ok(ForecastView.of(f, language))
                    .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                    .build();
        }
        Messages m = ProblemResponses.messages(headers);
        return forecasts
                .pdf(f, ForecastTexts.title(f, m), ForecastTexts.subtitle(f, m), language)
                .map(bytes -> Response.ok(bytes, PDF)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"forecast-draft-" + f.draftId() + "-" + f.year() + ".pdf\"")
                        .build())
                .orElseGet(() -> ProblemResponses.of(
                        headers,
                        uri,
                        503,
                        "problem.error",
                        new MessageRef(BudgetForecast.BUNDLE, "forecast.pdf.unavailable")));
    }
}
