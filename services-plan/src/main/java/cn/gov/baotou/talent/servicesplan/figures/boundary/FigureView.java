package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigure;
import java.time.Instant;
import java.util.List;

/** A figure as the API shows it; its timeline (流程记录) only when one figure is asked for. */
public record FigureView(
        long id,
        long enterpriseId,
        String enterpriseName,
        String districtCode,
        int year,
        String basis,
        String amountYuan,
        long documentId,
        String status,
        String enteredBy,
        Instant enteredAt,
        String reviewedBy,
        Instant reviewedAt,
        String returnReason,
        List<ActivityView> timeline) {

    public static FigureView of(EnterpriseFigure f, List<ActivityView> timeline) {
        return new FigureView(
                f.id(),
                f.enterprise().id(),
                f.enterprise().name(),
                f.districtCode(),
                f.year(),
                f.basis().name(),
                f.amount().toString(),
                f.documentId(),
                f.status().name(),
                f.enteredBy(),
                f.enteredAt(),
                f.reviewedBy(),
                f.reviewedAt(),
                f.returnReason(),
                timeline);
    }
}
