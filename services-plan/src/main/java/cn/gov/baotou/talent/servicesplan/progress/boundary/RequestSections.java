package cn.gov.baotou.talent.servicesplan.progress.boundary;

import static cn.gov.baotou.talent.servicesplan.progress.boundary.SectionTable.zh;

import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.servicesplan.progress.control.ResponseTimes;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service requests of the services report (services-plan.6.2), one row per module (the custom modules 用工保障、
 * 交友婚恋、老人康养、职业教育 and the rest): how many stand in each state; and how fast the resolved ones were resolved
 * in working days (mean and median), how many are open past their deadline or were resolved after it, and the mean
 * rating. Each table closed by its total.
 */
record RequestSections(List<Object[]> requests, List<Object[]> responseDays, WorkingDayCalendar calendar) {

    private static final RequestStatus[] STATES = RequestStatus.values();

    /** One module's figures: requests by state, then the sum of ratings, ratings, overdue, late. */
    private static final int RATING_SUM = STATES.length;

    private static final int RATINGS = STATES.length + 1;
    private static final int OVERDUE = STATES.length + 2;
    private static final int LATE = STATES.length + 3;

    List<ReportTable> tables() {
        Map<ServiceModule, long[]> figures = new EnumMap<>(ServiceModule.class);
        for (ServiceModule m : ServiceModule.values()) {
            figures.put(m, new long[STATES.length + 4]);
        }
        long[] total = new long[STATES.length + 4];
        for (Object[] r : requests) {
            long[] n = figures.get((ServiceModule) r[0]);
            n[((RequestStatus) r[1]).ordinal()] += number(r[2]);
            n[RATING_SUM] += number(r[3]);
            n[RATINGS] += number(r[4]);
            n[OVERDUE] += number(r[5]);
            n[LATE] += number(r[6]);
        }
        figures.values().forEach(n -> {
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        Map<ServiceModule, List<ResponseTimes.Pair>> pairs = new EnumMap<>(ServiceModule.class);
        List<ResponseTimes.Pair> all = new ArrayList<>();
        for (Object[] r : responseDays) {
            ResponseTimes.Pair p = new ResponseTimes.Pair((LocalDate) r[1], (LocalDate) r[2], number(r[3]));
            pairs.computeIfAbsent((ServiceModule) r[0], m -> new ArrayList<>()).add(p);
            all.add(p);
        }
        return List.of(byStatus(figures, total), response(figures, total, pairs, all));
    }

    private static ReportTable byStatus(Map<ServiceModule, long[]> figures, long[] total) {
        SectionTable t = new SectionTable("requests.status", "services-plan.6.2").column(CellKind.TEXT, "module");
        for (RequestStatus s : STATES) {
            t.column(CellKind.COUNT, "request.status." + s.name());
        }
        t.column(CellKind.COUNT, "requests");
        figures.forEach((m, n) -> t.row(states(zh("module." + m.name()), n)));
        return t.row(states(zh("report.total"), total)).table();
    }

    private ReportTable response(
            Map<ServiceModule, long[]> figures,
            long[] total,
            Map<ServiceModule, List<ResponseTimes.Pair>> pairs,
            List<ResponseTimes.Pair> all) {
        SectionTable t = new SectionTable("requests.response", "services-plan.6.2")
                .column(CellKind.TEXT, "module")
                .column(CellKind.COUNT, "resolved")
                .column(CellKind.DECIMAL, "meanDays")
                .column(CellKind.DECIMAL, "medianDays")
                .column(CellKind.COUNT, "overdue")
                .column(CellKind.COUNT, "late")
                .column(CellKind.COUNT, "rated")
                .column(CellKind.DECIMAL, "meanRating");
        figures.forEach((m, n) -> t.row(
                response(zh("module." + m.name()), n, ResponseTimes.of(pairs.getOrDefault(m, List.of()), calendar))));
        return t.row(response(zh("report.total"), total, ResponseTimes.of(all, calendar)))
                .table();
    }

    private static Object[] states(String label, long[] n) {
        Object[] cells = new Object[STATES.length + 2];
        cells[0] = label;
        long sum = 0;
        for (int i = 0; i < STATES.length; i++) {
            cells[1 + i] = n[i];
            sum += n[i];
        }
        cells[cells.length - 1] = sum;
        return cells;
    }

    private static Object[] response(String label, long[] n, ResponseTimes times) {
        return new Object[] {
            label,
            n[RequestStatus.RESOLVED.ordinal()] + n[RequestStatus.RATED.ordinal()],
            times.mean().orElse(null),
            times.median().orElse(null),
            n[OVERDUE],
            n[LATE],
            n[RATINGS],
            n[RATINGS] == 0
                    ? null
                    : BigDecimal.valueOf(n[RATING_SUM]).divide(BigDecimal.valueOf(n[RATINGS]), 2, RoundingMode.HALF_UP)
        };
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
