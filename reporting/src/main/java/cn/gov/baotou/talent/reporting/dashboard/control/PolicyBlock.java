package cn.gov.baotou.talent.reporting.dashboard.control;

import java.util.List;

/**
 * One policy on the dashboard: its title and document number, its targets — those the period plans with their
 * completion chart, and those it does not plan shown 无计划 with what was achieved — its figures without a plan (with a
 * chart of the counts among them), and leadership's cumulative view of its one-year targets (null without one).
 */
public record PolicyBlock(
        String policyId,
        String title,
        String documentNumber,
        List<TargetLine> targets,
        List<TargetLine> counted,
        String completionChart,
        String countChart,
        CumulativeBlock cumulative) {

    public long count(TargetStatus status) {
        return targets.stream().filter(t -> t.status() == status).count();
    }

    /** The targets the period plans (judged 达成, 进行中 or 滞后). */
    public long planned() {
        return targets.stream().filter(TargetLine::hasPlan).count();
    }
}
