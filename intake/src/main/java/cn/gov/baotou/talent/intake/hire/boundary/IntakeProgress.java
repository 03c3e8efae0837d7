package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.entity.HiresBroughtIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The plan's targets for reporting (intake.1: 30 博士 / 100 硕士 in the year): hires brought in during the period
 * against the targets of the period's year, broken down by district, industry and month, within the caller's scope.
 */
@ApplicationScoped
public class IntakeProgress implements TargetProgressSource {

    @Inject
    IntakeTargets targets;

    @Override
    public String policyId() {
        return "intake";
    }

    @Override
    public List<TargetProgress> progress(ReportPeriod period) {
        IntakeTargets.Progress year = targets.of(period.to().getYear());
        List<HiresBroughtIn.Row> rows = year.rows().stream()
                .filter(r -> within(period, year.year(), r.month()))
                .toList();
        return List.of(
                target(
                        "intake.target.doctors",
                        "引进博士研究生",
                        "PhDs brought in",
                        year.doctorTarget(),
                        rows,
                        Degree.DOCTOR,
                        year.year()),
                target(
                        "intake.target.masters",
                        "引进硕士研究生",
                        "Masters brought in",
                        year.masterTarget(),
                        rows,
                        Degree.MASTER,
                        year.year()));
    }

    private static TargetProgress target(
            String key,
            String label,
            String labelEn,
            int planned,
            List<HiresBroughtIn.Row> all,
            Degree degree,
            int year) {
        List<HiresBroughtIn.Row> rows =
                all.stream().filter(r -> r.degree() == degree).toList();
        long achieved = rows.stream().mapToLong(HiresBroughtIn.Row::count).sum();
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.addAll(by(rows, Dimension.DISTRICT, HiresBroughtIn.Row::districtCode));
        breakdowns.addAll(by(rows, Dimension.INDUSTRY, HiresBroughtIn.Row::industryCode));
        breakdowns.addAll(by(rows, Dimension.MONTH, r -> String.format("%d-%02d", year, r.month())));
        return new TargetProgress(
                "intake",
                key,
                "intake.1",
                label,
                labelEn,
                "名",
                BigDecimal.valueOf(planned),
                null,
                BigDecimal.valueOf(achieved),
                breakdowns);
    }

    private static List<Breakdown> by(
            List<HiresBroughtIn.Row> rows, Dimension dimension, Function<HiresBroughtIn.Row, String> key) {
        Map<String, Long> sums = new TreeMap<>();
        rows.forEach(r -> sums.merge(key.apply(r), r.count(), Long::sum));
        return sums.entrySet().stream()
                .map(e -> new Breakdown(dimension, e.getKey(), e.getKey(), BigDecimal.valueOf(e.getValue())))
                .toList();
    }

    private static boolean within(ReportPeriod period, int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return !first.plusMonths(1).minusDays(1).isBefore(period.from()) && !first.isAfter(period.to());
    }
}
