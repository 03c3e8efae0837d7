package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListWorkbook;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NomineeOutcome;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 推荐申请 as Excel (导出): what the list finds for the same search, in the caller's scope and the list's order. */
@Path("/v1/services-plan/nominations.xlsx")
@RequestScoped
@Tag(name = "services-plan")
public class NominationsWorkbookResource {

    @Inject
    NominationDesk desk;

    @Inject
    Enterprises enterprises;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    Clock clock;

    @GET
    @Produces(TableWorkbook.CONTENT_TYPE)
    @Operation(summary = "导出推荐申请（Excel），查询条件与排序同 GET /api/v1/services-plan/nominations")
    public Response download() {
        Messages m = ProblemResponses.messages(headers);
        NominationSearch s = NominationSearch.of(
                ListParams.read(uri.getQueryParameters()::getFirst, NominationSearch.FILTERS, ListParams.PAGE_SIZE));
        Map<String, String> districts = ListWorkbook.districtNames(enterprises, m);
        ListWorkbook wb = new ListWorkbook("list.nominations")
                .column(CellKind.COUNT, "field.number")
                .column(CellKind.TEXT, "field.enterprise")
                .column(CellKind.TEXT, "field.district")
                .column(CellKind.DATE, "field.appliedOn")
                .column(CellKind.COUNT, "field.quotaYear")
                .column(CellKind.TEXT, "field.basis")
                .column(CellKind.COUNT, "list.quota")
                .column(CellKind.TEXT, "list.nominees")
                .column(CellKind.TEXT, "field.status")
                .column(CellKind.TEXT, "field.meeting");
        for (Nomination n : desk.find(s.filter(), s.order(), 0, ListWorkbook.MAX_ROWS)) {
            wb.row(
                    n.id(),
                    n.enterprise().name(),
                    districts.getOrDefault(n.districtCode(), n.districtCode()),
                    n.appliedOn(),
                    (long) n.quotaYear(),
                    n.basis() == null ? null : text(m, "basis." + n.basis().name()),
                    (long) n.quota(),
                    n.nominees().stream()
                            .map(x -> x.person().name()
                                    + (x.outcome() == NomineeOutcome.PENDING
                                            ? ""
                                            : "（"
                                                    + text(
                                                            m,
                                                            "outcome."
                                                                    + x.outcome()
                                                                            .name()) + "）"))
                            .collect(Collectors.joining("、")),
                    text(m, "nomination.status." + n.status().name()),
                    n.meeting() == null
                            ? null
                            : n.meeting().meetingDate() + " " + n.meeting().minutesNo());
        }
        String searched = ListWorkbook.searched(
                m,
                List.of(
                        new String[] {
                            "field.status",
                            s.filter().status() == null
                                    ? null
                                    : text(m, "nomination.status." + s.filter().status())
                        },
                        new String[] {"field.quotaYear", s.params().get("year")},
                        new String[] {"field.district", districts.get(s.filter().districtCode())},
                        new String[] {"list.keyword", s.filter().text()}));
        return wb.response(m, searched, desk.count(s.filter()), clock.instant());
    }

    private static String text(Messages m, String key) {
        return m.get(ServicesPlanText.BUNDLE, key);
    }
}
