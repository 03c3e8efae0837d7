package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListWorkbook;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 服务需求 as Excel (导出): what the list finds for the same search, in the caller's scope and the list's order. */
@Path("/v1/services-plan/requests.xlsx")
@RequestScoped
@Tag(name = "services-plan")
public class RequestsWorkbookResource {

    @Inject
    RequestDesk desk;

    @Inject
    ServiceCatalog catalog;

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
    @Operation(summary = "导出服务需求（Excel），查询条件与排序同 GET /api/v1/services-plan/requests")
    public Response download() {
        Messages m = ProblemResponses.messages(headers);
        LocalDate today = desk.today();
        RequestSearch s = RequestSearch.of(
                ListParams.read(uri.getQueryParameters()::getFirst, RequestSearch.FILTERS, ListParams.PAGE_SIZE),
                today);
        boolean english = "en".equals(m.locale().getLanguage());
        Map<String, String> districts = ListWorkbook.districtNames(enterprises, m);
        ListWorkbook wb = new ListWorkbook("list.requests")
                .column(CellKind.COUNT, "field.number")
                .column(CellKind.TEXT, "field.enterprise")
                .column(CellKind.TEXT, "field.district")
                .column(CellKind.TEXT, "field.module")
                .column(CellKind.TEXT, "field.title")
                .column(CellKind.DATE, "field.raisedOn")
                .column(CellKind.TEXT, "field.status")
                .column(CellKind.TEXT, "field.department")
                .column(CellKind.DATE, "field.deadline")
                .column(CellKind.TEXT, "list.overdue")
                .column(CellKind.DATE, "list.resolvedOn")
                .column(CellKind.COUNT, "field.rating")
                .column(CellKind.TEXT, "list.ratingComment");
        for (ServiceRequest r : desk.find(s.filter(), s.order(), 0, ListWorkbook.MAX_ROWS)) {
            wb.row(
                    r.id(),
                    r.enterprise().name(),
                    districts.getOrDefault(r.districtCode(), r.districtCode()),
                    text(m, "module." + r.module().name()),
                    r.title(),
                    r.raisedOn(),
                    text(m, "request.status." + r.status().name()),
                    r.departmentCode() == null
                            ? null
                            : catalog.departmentName(r.departmentCode(), english)
                                    + (r.taskForce() ? " · " + text(m, "field.taskForce") : ""),
                    r.deadline(),
                    r.overdueOn(today) ? text(m, "list.yes") : null,
                    r.resolvedOn(),
                    r.rating() == null ? null : r.rating().longValue(),
                    r.ratingComment());
        }
        String searched = ListWorkbook.searched(
                m,
                List.of(
                        new String[] {
                            "field.status",
                            s.filter().status() == null
                                    ? null
                                    : text(m, "request.status." + s.filter().status())
                        },
                        new String[] {
                            "field.module",
                            s.filter().module() == null
                                    ? null
                                    : text(m, "module." + s.filter().module())
                        },
                        new String[] {"list.overdue", s.filter().overdueOn() == null ? null : text(m, "list.yes")},
                        new String[] {"field.district", districts.get(s.filter().districtCode())},
                        new String[] {"list.keyword", s.filter().text()}));
        return wb.response(m, searched, desk.count(s.filter()), clock.instant());
    }

    private static String text(Messages m, String key) {
        return m.get(ServicesPlanText.BUNDLE, key);
    }
}
