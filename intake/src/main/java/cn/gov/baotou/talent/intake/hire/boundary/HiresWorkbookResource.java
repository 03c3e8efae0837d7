package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.rest.JsonInput;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 导出 of the hires list: the caller's scope with the page's filters, as an Excel workbook (core's TableWorkbook). */
@Path("/v1/intake/hires.xlsx")
@RequestScoped
@Tag(name = "intake")
public class HiresWorkbookResource {

    @Inject
    HireDesk desk;

    @Inject
    Caller caller;

    @Inject
    Enterprises enterprises;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出本账号范围内的拟录用人员（Excel），筛选条件同 /api/v1/intake/hires")
    public Response download(
            @QueryParam("status") String status,
            @QueryParam("degree") String degree,
            @QueryParam("districtCode") String districtCode) {
        HireStatus s = JsonInput.choice(status, HireStatus.class, "status");
        Degree d = JsonInput.choice(degree, Degree.class, "degree");
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
        Messages m = ProblemResponses.messages(headers);
        int max = ListExport.maxRows();
        List<Hire> hires = desk.search(s, d, district, 0, max);
        long total = hires.size() < max ? hires.size() : desk.count(s, d, district);
        boolean english = "en".equals(m.locale().getLanguage());
        Map<String, String> districtNames = enterprises.districts().stream()
                .collect(Collectors.toMap(District::code, x -> english ? x.nameEn() : x.name()));
        boolean clear = caller.readsPersonalData() || caller.is(Role.ENTERPRISE);
        String filters = String.join(
                "；",
                ListExport.filter(m, "hires.status", s == null ? null : text(m, "hire.status." + s.name())),
                ListExport.filter(m, "field.degree", d == null ? null : text(m, "degree." + d.name())),
                ListExport.filter(m, "hires.district", district == null ? null : districtNames.get(district)));
        return ListExport.download(
                HireListTable.of(hires, clear, m, districtNames, Disciplines.names()),
                ListExport.subtitle(m, filters, clock.instant(), hires.size(), total),
                m,
                "hires",
                text(m, "hires.title"));
    }

    private static String text(Messages m, String key) {
        return m.get(IntakeEligibility.BUNDLE, key);
    }
}
