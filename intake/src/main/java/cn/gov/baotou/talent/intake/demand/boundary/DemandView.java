package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.JobDemand;
import java.time.Instant;
import java.util.List;

/**
 * A job demand as its enterprise, its district office and the city office read it: what the catalog shows, with where
 * it stands, the reason of a return, and (for one demand) its timeline (流程记录).
 */
public record DemandView(
        long id,
        long enterpriseId,
        String status,
        String statusName,
        String returnReason,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        Instant closedAt,
        CatalogEntry content,
        List<ActivityView> timeline) {

    public static DemandView of(JobDemand d, Messages m, List<ActivityView> timeline) {
        return new DemandView(
                d.id(),
                d.enterprise().id(),
                d.status().name(),
                m.get(DemandWorkflow.BUNDLE, "demand.status." + d.status().name()),
                d.returnReason(),
                d.createdBy(),
                d.createdAt(),
                d.submittedAt(),
                d.closedAt(),
                CatalogEntry.of(d, m),
                timeline);
    }
}
