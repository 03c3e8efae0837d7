package cn.gov.baotou.talent.reporting.dashboard.control;

import java.util.List;

/**
 * Leadership's cumulative view of a policy's one-year targets on the dashboard: what was achieved from 1 January of
 * the plan's year ({@code fromYear}) to {@code to} against that year's plan (2022–2025 against 2022's, 解释口径 of
 * intake.1 and rare-earth.1–3), with its title ("2022 年至 2025-12-31 累计（对照 2022 年目标）"), each line with its
 * status, and their completion chart.
 */
public record CumulativeBlock(
        int fromYear, String to, int planYear, String title, List<TargetLine> lines, String chart) {}
