package cn.gov.baotou.talent.servicesplan.progress.boundary;

import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.servicesplan.progress.entity.PlanFigures;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan's figures for leadership's reports (the plan sets no numeric target): nominees approved by tier and by
 * district (services-plan.4, 5.3), service items done by department (6.1), requests by status, the mean days from
 * routing to resolution and the mean rating (6.2).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServicesPlanProgress implements TargetProgressSource {

    static final String POLICY = "services-plan";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    PlanFigures figures;

    public ServicesPlanProgress() {}

    /** For use outside the container (tests). */
    public ServicesPlanProgress(EntityManager em) {
        this.figures = new PlanFigures(em);
    }

    @Override
    public String policyId() {
        return POLICY;
    }

    @Override
    public List<TargetProgress> progress(ReportPeriod period) {
        List<TargetProgress> out = new ArrayList<>();
        Instant from = period.from().atStartOfDay(BEIJING).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(BEIJING).toInstant();
        List<Object[]> nominees = figures.approvedNominees(period.from(), period.to());
        grouped(out, "nominations", "services-plan.5.3", "tier", nominees, 0, 2);
        grouped(out, "nominations", "services-plan.5.3", "district", nominees, 1, 2);
        total(out, "nominations", "services-plan.5.3", nominees, 2);
        List<Object[]> done = figures.servicesDone(from, to);
        grouped(out, "serviceItemsDone", "services-plan.6.1", "department", done, 0, 1);
        total(out, "serviceItemsDone", "services-plan.6.1", done, 1);
        List<Object[]> requests = figures.requestsByStatus(period.from(), period.to());
        grouped(out, "requests", "services-plan.6.2", "status", requests, 0, 1);
        total(out, "requests", "services-plan.6.2", requests, 1);
        List<Object[]> times = figures.responseTimes(from, to);
        if (!times.isEmpty()) {
            BigDecimal hours = BigDecimal.valueOf(times.stream()
                    .mapToLong(t ->
                            Duration.between((Instant) t[0], (Instant) t[1]).toMinutes())
                    .sum());
            out.add(TargetProgress.of(
                    POLICY,
                    "responseDays",
                    "services-plan.6.2",
                    ServicesPlanText.BUNDLE,
                    null,
                    null,
                    hours.divide(BigDecimal.valueOf(60L * 24 * times.size()), 1, RoundingMode.HALF_UP)));
        }
        List<Integer> ratings = figures.ratings(from, to);
        if (!ratings.isEmpty()) {
            BigDecimal sum = BigDecimal.valueOf(
                    ratings.stream().mapToInt(Integer::intValue).sum());
            out.add(TargetProgress.of(
                    POLICY,
                    "rating",
                    "services-plan.6.2",
                    ServicesPlanText.BUNDLE,
                    null,
                    null,
                    sum.divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    private static void grouped(
            List<TargetProgress> out,
            String measure,
            String clause,
            String dimension,
            List<Object[]> rows,
            int key,
            int count) {
        Map<String, Long> sums = new TreeMap<>();
        for (Object[] r : rows) {
            sums.merge(String.valueOf(r[key]), ((Number) r[count]).longValue(), Long::sum);
        }
        sums.forEach((group, n) -> out.add(TargetProgress.of(
                POLICY, measure, clause, ServicesPlanText.BUNDLE, dimension, group, BigDecimal.valueOf(n))));
    }

    private static void total(List<TargetProgress> out, String measure, String clause, List<Object[]> rows, int count) {
        long n = rows.stream().mapToLong(r -> ((Number) r[count]).longValue()).sum();
        out.add(TargetProgress.of(POLICY, measure, clause, ServicesPlanText.BUNDLE, null, null, BigDecimal.valueOf(n)));
    }
}
