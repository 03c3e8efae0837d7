package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestFilter;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequests;
import java.time.LocalDate;
import java.util.List;

/**
 * A search of service requests as the list page, the API and the export share it: {@code status}, {@code module},
 * {@code overdue=true} (past the deadline today), {@code district}, {@code q} (words of the title or the enterprise's
 * name), the column sorted by and the page; a value that is not one is refused naming its parameter.
 */
public record RequestSearch(ListParams params, RequestFilter filter, ListOrder order) {

    public static final List<String> FILTERS = List.of("status", "module", "overdue", "district", "q");

    public static RequestSearch of(ListParams p, LocalDate today) {
        return new RequestSearch(
                p,
                new RequestFilter(
                        Paging.status(RequestStatus.class, p.get("status")),
                        Paging.choice(ServiceModule.class, "module", p.get("module")),
                        "true".equalsIgnoreCase(p.get("overdue")) ? today : null,
                        Paging.district(p.get("district")),
                        p.get("q")),
                p.order(ServiceRequests.COLUMNS, ServiceRequests.LATEST));
    }
}
