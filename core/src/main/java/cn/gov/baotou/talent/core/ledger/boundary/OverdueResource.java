package cn.gov.baotou.talent.core.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 逾期提醒: the shares the caller's finance (or, for the city office and leadership, any finance) has not paid in time. */
@Path("/v1/ledger/overdue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "ledger", description = "资金台账：资金支持、拨付与追回")
public class OverdueResource {

    @Inject
    Overdue overdue;

    /** Every overdue share in scope, the longest overdue first, with their number for the workbench. */
    public record OverdueList(long total, List<OverdueShare> items) {}

    @GET
    @Operation(summary = "逾期未拨付的份额：市财政看市级份额，属地财政看本属地的属地份额，市委人才办与领导看全部；" + "逾期天数按自然日和工作日计")
    public OverdueList list() {
        List<OverdueShare> items = overdue.list();
        return new OverdueList(items.size(), items);
    }
}
