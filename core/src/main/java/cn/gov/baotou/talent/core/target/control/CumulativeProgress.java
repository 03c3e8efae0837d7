package cn.gov.baotou.talent.core.target.control;

import java.util.List;

/**
 * Leadership's cumulative view of a module's one-year targets: what was achieved from the first day of the year the
 * plan names to the end of the version that names it (or of the report, if earlier) — 2022–2025 for 包府发〔2022〕18号 —
 * against that year's plan (解释口径 intake.1 / rare-earth.1: the targets are 2022's only; later years add up to them).
 */
public record CumulativeProgress(ReportPeriod period, int planYear, List<TargetProgress> targets) {

    public CumulativeProgress {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
