package cn.gov.baotou.talent.servicesplan.service.boundary;

import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.servicesplan.flow.boundary.JsonFields;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceItem;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 16 service items (services-plan.6.1): the catalog, and each approved nominee's items tracked one by one. */
@Path("/v1/services-plan/service-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class ServiceItemsResource {

    @Inject
    ServiceItemDesk desk;

    @Inject
    ServiceCatalog catalog;

    @Context
    HttpHeaders headers;

    /** A page of items with the total of the status asked for. */
    public record ItemPage(long total, int page, int size, List<ServiceItemView> items) {}

    @GET
    @Operation(summary = "入选人员的服务保障项目（企业见本企业的，部门专员见本部门负责的；可按状态、人员筛选）")
    public ItemPage search(
            @QueryParam("status") String status,
            @QueryParam("nomineeId") Long nomineeId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        ServiceStatus s = Paging.status(ServiceStatus.class, status);
        Paging p = Paging.of(page, size);
        boolean english = english();
        return new ItemPage(
                desk.count(s),
                p.page(),
                p.size(),
                desk.search(s, nomineeId, p.first(), p.size()).stream()
                        .map(i -> ServiceItemView.of(i, catalog, english))
                        .toList());
    }

    @GET
    @Path("catalog")
    @Operation(summary = "《包头市服务高层次人才若干措施》16 项服务保障及其责任部门（平台的理解，待与原文核对）")
    public List<ServiceItem> catalog() {
        return catalog.items();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "责任部门专员（或市委人才办）更新办理状态：status=REQUESTED|IN_PROGRESS|DONE|NOT_NEEDED, note")
    public ServiceItemView update(@PathParam("id") long id, JsonObject body) {
        JsonFields in = JsonFields.of(body);
        return ServiceItemView.of(
                desk.update(id, new ServiceItemForm(in.text("status"), in.text("note"))), catalog, english());
    }

    private boolean english() {
        return ProblemResponses.messages(headers).locale().getLanguage().equals("en");
    }
}
