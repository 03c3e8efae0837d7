package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A service request as the API shows it, with whether it is overdue today; for one request also what the caller may do
 * and its timeline (流程记录).
 */
public record RequestView(
        long id,
        long enterpriseId,
        String enterpriseName,
        String districtCode,
        String module,
        String title,
        String description,
        LocalDate raisedOn,
        String status,
        String departmentCode,
        boolean taskForce,
        LocalDate deadline,
        boolean deadlineProvisional,
        boolean overdue,
        Instant routedAt,
        String resolution,
        Instant resolvedAt,
        Integer rating,
        String ratingComment,
        List<String> actions,
        List<ActivityView> timeline) {

    public static RequestView of(ServiceRequest r, LocalDate today, List<String> actions, List<ActivityView> timeline) {
        return new RequestView(
                r.id(),
                r.enterprise().id(),
                r.enterprise().name(),
                r.districtCode(),
                r.module().name(),
                r.title(),
                r.description(),
                r.raisedOn(),
                r.status().name(),
                r.departmentCode(),
                r.taskForce(),
                r.deadline(),
                r.deadlineProvisional(),
                r.overdueOn(today),
                r.routedAt(),
                r.resolution(),
                r.resolvedAt(),
                r.rating(),
                r.ratingComment(),
                actions,
                timeline);
    }
}
