package cn.gov.baotou.talent.reporting.dashboard.control;

import java.util.List;

/**
 * One policy on the dashboard: its title and document number, its planned targets (with their completion chart) and its
 * figures without a plan (with a chart of the counts among them).
 */
public record PolicyBlock(
        String policyId,
        String title,
        String documentNumber,
        List<TargetLine> planned,
        List<TargetLine> counted,
        String completionChart,
        String countChart) {

    public long count(TargetStatus status) {
        return planned.stream().filter(t -> t.status() == status).count();
    }
}
