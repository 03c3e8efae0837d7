package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListWorkbook;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enterprises' figures as Excel (导出): what the list finds for the same search, in the caller's scope. */
@Path("/v1/services-plan/figures.xlsx")
@RequestScoped
@Tag(name = "services-plan")
public class FiguresWorkbookResource {

    @Inject
    FigureDesk desk;

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
    @Operation(summary = "导出企业营业收入与项目投资额（Excel），查询条件与排序同 GET /api/v1/services-plan/figures")
    public Response download() {
        Messages m = ProblemResponses.messages(headers);
        FigureSearch s = FigureSearch.of(
                ListParams.read(uri.getQueryParameters()::getFirst, FigureSearch.FILTERS, ListParams.PAGE_SIZE));
        Map<String, String> districts = ListWorkbook.districtNames(enterprises, m);
        ListWorkbook wb = new ListWorkbook("list.figures")
                .column(CellKind.TEXT, "field.enterprise")
                .column(CellKind.TEXT, "field.district")
                .column(CellKind.COUNT, "field.year")
                .column(CellKind.TEXT, "field.basis")
                .column(CellKind.MONEY, "field.amountYuan")
                .column(CellKind.TEXT, "field.status")
                .column(CellKind.TEXT, "list.enteredBy")
                .column(CellKind.TEXT, "list.reviewedBy")
                .column(CellKind.TEXT, "list.returnReason");
        for (EnterpriseFigure f : desk.find(s.filter(), s.order(), 0, ListWorkbook.MAX_ROWS)) {
            wb.row(
                    f.enterprise().name(),
                    districts.getOrDefault(f.districtCode(), f.districtCode()),
                    (long) f.year(),
                    text(m, "basis." + f.basis().name()),
                    f.amount().amount(),
                    text(m, "figure.status." + f.status().name()),
                    f.enteredBy(),
                    f.reviewedBy(),
                    f.returnReason());
        }
        String searched = ListWorkbook.searched(
                m,
                List.of(
                        new String[] {
                            "field.status",
                            s.filter().status() == null
                                    ? null
                                    : text(m, "figure.status." + s.filter().status())
                        },
                        new String[] {"field.year", s.params().get("year")},
                        new String[] {
                            "field.basis",
                            s.filter().basis() == null
                                    ? null
                                    : text(m, "basis." + s.filter().basis())
                        },
                        new String[] {"field.district", districts.get(s.filter().districtCode())},
                        new String[] {"list.keyword", s.filter().text()}));
        return wb.response(m, searched, desk.count(s.filter()), clock.instant());
    }

    private static String text(Messages m, String key) {
        return m.get(ServicesPlanText.BUNDLE, key);
    }
}
