package cn.gov.baotou.talent.intake.hire.control;

import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The plan's two targets (intake.1: 30 博士 / 100 硕士 "在 2022 年年内") against the hires brought in, from the counted
 * rows: the achieved figure and its shares by district, industry and month (YYYY-MM), keyed by code as reporting
 * expects. The targets are of one year ({@code intake.target.year}): a period without that year has no plan (无计划).
 */
public final class BroughtInProgress {

    public static final String DOCTORS = "intake.target.doctors";
    public static final String MASTERS = "intake.target.masters";
    /** The year the plan's targets are of (intake.1 "在 2022 年年内"). */
    public static final String YEAR = "intake.target.year";

    /** A period's plan: the year it is of and its two numbers. */
    public record Plan(int year, int doctors, int masters) {}

    private BroughtInProgress() {}

    /** The two targets; without a plan, what was brought in all the same, marked as having none. */
    public static List<TargetProgress> of(Optional<Plan> plan, List<Row> rows) {
        Integer year = plan.map(Plan::year).orElse(null);
        return List.of(
                target(
                        DOCTORS,
                        "引进博士研究生",
                        "PhDs brought in",
                        plan.map(Plan::doctors).orElse(null),
                        year,
                        rows,
                        Degree.DOCTOR),
                target(
                        MASTERS,
                        "引进硕士研究生",
                        "Masters brought in",
                        plan.map(Plan::masters).orElse(null),
                        year,
                        rows,
                        Degree.MASTER));
    }

    private static TargetProgress target(
            String key, String label, String labelEn, Integer planned, Integer year, List<Row> all, Degree degree) {
        List<Row> rows = all.stream().filter(r -> r.degree() == degree).toList();
        long achieved = rows.stream().mapToLong(Row::count).sum();
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.addAll(by(rows, Dimension.DISTRICT, Row::districtCode));
        breakdowns.addAll(by(rows, Dimension.INDUSTRY, Row::industryCode));
        breakdowns.addAll(by(rows, Dimension.MONTH, r -> String.format("%d-%02d", r.year(), r.month())));
        return new TargetProgress(
                "intake",
                key,
                "intake.1",
                label,
                labelEn,
                "名",
                planned == null ? null : BigDecimal.valueOf(planned),
                null,
                BigDecimal.valueOf(achieved),
                breakdowns,
                TargetProgress.Cadence.ONE_YEAR,
                year,
                false);
    }

    private static List<Breakdown> by(List<Row> rows, Dimension dimension, Function<Row, String> key) {
        Map<String, Long> sums = new TreeMap<>();
        rows.forEach(r -> sums.merge(key.apply(r), r.count(), Long::sum));
        return sums.entrySet().stream()
                .map(e -> new Breakdown(dimension, e.getKey(), e.getKey(), BigDecimal.valueOf(e.getValue())))
                .toList();
    }
}
