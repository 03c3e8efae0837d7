package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import cn.gov.baotou.talent.intake.web.ListExport;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 导出 of the job demands list: the caller's scope with the page's filters, as an Excel workbook. */
@Path("/v1/intake/demands.xlsx")
@RequestScoped
@Tag(name = "intake")
public class DemandsWorkbookResource {

    @Inject
    DemandBoard board;

    @Inject
    Enterprises enterprises;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出本账号范围内的岗位需求（Excel），筛选条件同 /api/v1/intake/demands")
    public Response download(@QueryParam("status") String status, @QueryParam("districtCode") String districtCode) {
        DemandStatus s = status(status);
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
        Messages m = ProblemResponses.messages(headers);
        int max = ListExport.maxRows();
        List<JobDemand> demands = board.search(s, district, 0, max);
        long total = demands.size() < max ? demands.size() : board.count(s, district);
        boolean english = "en".equals(m.locale().getLanguage());
        String districtName = district == null
                ? null
                : enterprises
                        .district(district)
                        .map(x -> english ? x.nameEn() : x.name())
                        .orElse(district);
        String filters = String.join(
                "；",
                ListExport.filter(m, "demands.column.status", s == null ? null : text(m, "demand.status." + s.name())),
                ListExport.filter(m, "demands.column.district", districtName));
        return ListExport.download(
                DemandListTable.of(demands, m),
                ListExport.subtitle(m, filters, clock.instant(), demands.size(), total),
                m,
                "demands",
                text(m, "demands.title"));
    }

    private static String text(Messages m, String key) {
        return m.get(DemandWorkflow.BUNDLE, key);
    }

    private static DemandStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DemandStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(FieldError.of(
                    "status",
                    "request.oneOf",
                    text,
                    String.join(
                            "|",
                            Arrays.stream(DemandStatus.values()).map(Enum::name).toList()))));
        }
    }
}
