package cn.gov.baotou.talent.servicesplan.progress.boundary;

import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.servicesplan.progress.control.ResponseTimes;
import cn.gov.baotou.talent.servicesplan.progress.entity.PlanFigures;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The plan's figures for leadership's reports; the plan sets no numeric target, so none is planned: nominees approved
 * in all and by tier (services-plan.4, 5.3), service items done (6.1), requests in all and by status, the mean working
 * days from routing to resolution and the mean rating (6.2) — counts broken down by district and month. A district's
 * report reads only that district's rows.
 */
@ApplicationScoped
@Transactional
public class ServicesPlanProgress implements TargetProgressSource {

    static final String POLICY = "services-plan";

    @Inject
    PlanFigures figures;

    @Inject
    CalendarDays calendar;

    public ServicesPlanProgress() {}

    /** For use outside the container (tests). */
    public ServicesPlanProgress(EntityManager em) {
        this.figures = new PlanFigures(em);
        this.calendar = new CalendarDays(em);
    }

    @Override
    public String policyId() {
        return POLICY;
    }

    @Override
    public List<TargetProgress> progress(ReportPeriod period) {
        return progress(ReportScope.city(period));
    }

    /** The figures of the whole city or of one district, the district chosen in every query (no city-wide read). */
    @Override
    public List<TargetProgress> progress(ReportScope scope) {
        ReportPeriod period = scope.period();
        String district = scope.districtCode();
        Instant from = period.from().atStartOfDay(Beijing.ZONE).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
        Map<String, String> districts = figures.districtNames();
        List<TargetProgress> out = new ArrayList<>();
        List<Object[]> nominees = figures.approvedNominees(period.from(), period.to(), district);
        out.add(counted("nominations", "services-plan.5.3", "名", rows(nominees, null, 1, 2, 3, districts)));
        for (String tier :
                new TreeSet<>(nominees.stream().map(r -> (String) r[0]).toList())) {
            out.add(counted("nominations." + tier, tier, "名", rows(nominees, tier, 1, 2, 3, districts)));
        }
        out.add(counted(
                "serviceItemsDone",
                "services-plan.6.1",
                "项",
                rows(figures.servicesDone(from, to, district), null, 0, -1, 1, districts)));
        List<Object[]> requests = figures.requests(period.from(), period.to(), district);
        out.add(counted("requests", "services-plan.6.2", "件", rows(requests, null, 1, 2, 3, districts)));
        for (RequestStatus s : RequestStatus.values()) {
            out.add(counted("requests." + s.name(), "services-plan.6.2", "件", rows(requests, s, 1, 2, 3, districts)));
        }
        ResponseTimes times = ResponseTimes.of(
                figures.responseDays(period.from(), period.to(), district).stream()
                        .map(r ->
                                new ResponseTimes.Pair((LocalDate) r[0], (LocalDate) r[1], ((Number) r[2]).longValue()))
                        .toList(),
                calendar.calendar());
        times.mean().ifPresent(days -> out.add(mean("responseDays", "工作日", days)));
        Object[] ratings = figures.ratings(from, to, district);
        long rated = ((Number) ratings[1]).longValue();
        if (rated > 0) {
            out.add(mean(
                    "rating",
                    "分",
                    BigDecimal.valueOf(((Number) ratings[0]).longValue())
                            .divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP)));
        }
        return out;
    }

    /** The rows whose first column is {@code only} (all when null), read from the given columns (-1: no day). */
    private static ProgressRows rows(
            List<Object[]> raw, Object only, int district, int day, int count, Map<String, String> districts) {
        return new ProgressRows(
                raw.stream()
                        .filter(r -> only == null || only.equals(r[0]))
                        .map(r -> new ProgressRows.Row(
                                (String) r[district],
                                day < 0 ? null : (LocalDate) r[day],
                                ((Number) r[count]).longValue()))
                        .toList(),
                districts);
    }

    private static TargetProgress counted(String measure, String clause, String unit, ProgressRows rows) {
        return new TargetProgress(
                POLICY,
                POLICY + "." + measure,
                clause,
                label(measure, Messages.CHINESE),
                label(measure, Locale.ENGLISH),
                unit,
                null,
                null,
                BigDecimal.valueOf(rows.total()),
                rows.breakdowns());
    }

    private static TargetProgress mean(String measure, String unit, BigDecimal value) {
        return new TargetProgress(
                POLICY,
                POLICY + "." + measure,
                "services-plan.6.2",
                label(measure, Messages.CHINESE),
                label(measure, Locale.ENGLISH),
                unit,
                null,
                null,
                value,
                List.of());
    }

    private static String label(String measure, Locale locale) {
        String[] parts = measure.split("\\.", 2);
        String base = Messages.in(locale).get(ServicesPlanText.BUNDLE, "progress." + parts[0]);
        return parts.length == 1 ? base : base + " · " + detail(parts[1], locale);
    }

    private static String detail(String part, Locale locale) {
        return part.startsWith("services-plan.")
                ? part
                : Messages.in(locale).get(ServicesPlanText.BUNDLE, "request.status." + part);
    }
}
