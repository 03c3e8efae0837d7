package cn.gov.baotou.talent.reporting.report.boundary;

import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.report.control.PeriodQuery;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.report.control.ReportFileName;
import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reports as files: {@code GET /api/v1/reports/targets.pdf?year=2022} (also {@code from=2022-03&to=2022-08},
 * {@code district=150271}), likewise funds, retention and services, as .pdf or .xlsx. Leadership and the city office
 * read any scope, a district office its own district; Chinese unless the caller asks for English.
 */
@Path("/v1/reports")
@RequestScoped
@Tag(name = "reports", description = "领导报表（PDF / Excel）")
public class ReportsResource {

    static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(ReportsResource.class.getName());

    @Inject
    Reports reports;

    @Inject
    ReportAccess access;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{report: [a-z]+}.{format: [a-z]+}")
    @Produces({PDF, TableWorkbook.CONTENT_TYPE})
    @Operation(
            summary = "下载报表：targets（目标任务）、funds（资金）、retention（留用）、services（服务），格式 pdf 或 xlsx；"
                    + "year=2022，或 from=2022-03&to=2022-08；district=旗县区代码（属地人才办只能取本地区）")
    public Response download(
            @PathParam("report") String report,
            @PathParam("format") String format,
            @QueryParam(PeriodQuery.YEAR) String year,
            @QueryParam(PeriodQuery.FROM) String from,
            @QueryParam(PeriodQuery.TO) String to,
            @QueryParam(ReportAccess.DISTRICT) String district) {
        ReportKind kind = kind(report);
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"xlsx".equals(format)) {
            throw new NotFound(new MessageRef(ReportTexts.BUNDLE, "report.field.format"), format);
        }
        ReportPeriod period = PeriodQuery.parse(year, from, to, reports.today());
        ReportScope scope = access.scopeFor(period, district);
        String language = language();
        long start = System.nanoTime();
        ReportData data = reports.data(kind, scope, language);
        long gathered = System.nanoTime();
        byte[] body = pdf ? reports.pdf(data) : reports.xlsx(data);
        LOG.info(() -> String.format(
                "report %s.%s %s %s: data %d ms, rendering %d ms, %d bytes",
                kind.path(),
                format,
                scope.period(),
                scope.wholeCity() ? "city" : scope.districtCode(),
                (gathered - start) / 1_000_000,
                (System.nanoTime() - gathered) / 1_000_000,
                body.length));
        String name = ReportFileName.of(data, reports.names(), pdf ? "pdf" : "xlsx");
        return Response.ok(body, pdf ? PDF : TableWorkbook.CONTENT_TYPE)
                .header(
                        "Content-Disposition",
                        ReportFileName.disposition(name, ReportFileName.ascii(data, pdf ? "pdf" : "xlsx")))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static ReportKind kind(String path) {
        try {
            return ReportKind.ofPath(path);
        } catch (IllegalArgumentException e) {
            throw new NotFound(new MessageRef(ReportTexts.BUNDLE, "report.field.report"), path);
        }
    }

    private String language() {
        Locale l = ProblemResponses.messages(headers).locale();
        return "en".equals(l.getLanguage()) ? "en" : "zh";
    }
}
