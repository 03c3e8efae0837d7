package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.calendar.control.CalendarNotCovered;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import cn.gov.baotou.talent.core.ledger.entity.LedgerFigures;
import cn.gov.baotou.talent.core.ledger.entity.LedgerFigures.Flow;
import cn.gov.baotou.talent.core.ledger.entity.LedgerFigures.Unpaid;
import cn.gov.baotou.talent.core.ledger.entity.LedgerFigures.UnpaidShare;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funds report's sections, from the ledger: what was committed, paid and recovered in the period by city and
 * district finance and by policy and measure (with its clause), and the shares unpaid past their due date (intake.5.5:
 * within 10 working days of signing) as of the period's end or today, whichever is earlier, with the days overdue.
 * Summed in the database; the list of overdue shares is capped at the {@value #OVERDUE_LISTED} longest overdue.
 */
@ApplicationScoped
public class FundsSections implements ReportSectionSource {

    static final int OVERDUE_LISTED = 200;
    static final String DUE_CLAUSE = "intake.5.5";

    @Inject
    LedgerFigures figures;

    @Inject
    Enterprises registry;

    @Inject
    PolicyCatalog policies;

    @Inject
    FundingPurposes purposes;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Clock clock;

    public FundsSections() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public FundsSections(EntityManager em, FundingPurposes purposes, Clock clock) {
        this.figures = new LedgerFigures(em);
        this.registry = new Enterprises(em);
        this.policies = new PolicyCatalog(em);
        this.purposes = purposes;
        this.calendarDays = new CalendarDays(em);
        this.clock = clock;
    }

    @Override
    public String policyId() {
        return "core";
    }

    @Override
    public List<ReportTable> sections(ReportKind report, ReportScope scope) {
        if (report != ReportKind.FUNDS) {
            return List.of();
        }
        ReportPeriod p = scope.period();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = today.isBefore(p.to()) ? today : p.to();
        List<District> districts = registry.districts().stream()
                .filter(d -> scope.covers(d.code()))
                .toList();
        // one pass over the grants, one over the payments, one over the recoveries
        List<Flow> committed = figures.committed(p.from(), p.to(), scope.districtCode());
        List<Flow> paid = figures.paid(p.from(), p.to(), scope.districtCode());
        List<Flow> recovered = figures.recovered(p.from(), p.to(), scope.districtCode());
        return List.of(
                byFinance(committed, paid, recovered, districts),
                byMeasure(committed, paid, recovered),
                overdueByFinance(asOf, scope.districtCode(), districts),
                overdue(asOf, scope.districtCode(), districts));
    }

    private ReportTable byFinance(
            List<Flow> committedFlows, List<Flow> paidFlows, List<Flow> recoveredFlows, List<District> districts) {
        Map<String, Total> committed = byFinance(committedFlows);
        Map<String, Total> paid = byFinance(paidFlows);
        Map<String, Total> recovered = byFinance(recoveredFlows);
        List<List<Object>> rows = new ArrayList<>();
        Total allCommitted = new Total();
        Total allPaid = new Total();
        Total allRecovered = new Total();
        for (String finance : finances(districts)) {
            Total c = committed.getOrDefault(finance, new Total());
            Total p = paid.getOrDefault(finance, new Total());
            Total r = recovered.getOrDefault(finance, new Total());
            rows.add(List.of(financeName(finance, districts), c.count, c.yuan, p.count, p.yuan, r.yuan));
            allCommitted.add(c.count, c.yuan);
            allPaid.add(p.count, p.yuan);
            allRecovered.add(r.count, r.yuan);
        }
        rows.add(List.of("合计", allCommitted.count, allCommitted.yuan, allPaid.count, allPaid.yuan, allRecovered.yuan));
        return new ReportTable(
                "core.funds.byFinance",
                "资金承诺、拨付与追回（按财政级次）",
                "Committed, paid and recovered, by finance",
                null,
                List.of(
                        Column.text("财政", "Finance"),
                        Column.count("承诺笔数", "Shares committed"),
                        Column.money("承诺金额（元）", "Committed (yuan)"),
                        Column.count("拨付笔数", "Payments"),
                        Column.money("拨付金额（元）", "Paid (yuan)"),
                        Column.money("追回金额（元）", "Recovered (yuan)")),
                rows);
    }

    private ReportTable byMeasure(List<Flow> committedFlows, List<Flow> paidFlows, List<Flow> recoveredFlows) {
        Map<String, Total> committed =
                byClause(committedFlows.stream().filter(f -> f.level() == null).toList());
        Map<String, Total> paid = byClause(paidFlows);
        Map<String, Total> recovered = byClause(recoveredFlows);
        List<String> keys = new ArrayList<>(committed.keySet());
        paid.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        recovered.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Policy policy : policies.policies()) {
            order.put(policy.id(), policy.ordinal());
        }
        keys.sort((a, b) -> {
            String[] x = a.split("\\|", 2);
            String[] y = b.split("\\|", 2);
            int byPolicy = Integer.compare(order.getOrDefault(x[0], 99), order.getOrDefault(y[0], 99));
            return byPolicy != 0 ? byPolicy : compareClauses(x[1], y[1]);
        });
        List<List<Object>> rows = new ArrayList<>();
        for (String k : keys) {
            String[] parts = k.split("\\|", 2);
            Total c = committed.getOrDefault(k, new Total());
            rows.add(List.of(
                    policies.policy(parts[0]).map(Policy::shortTitle).orElse(parts[0]),
                    purposeName(parts[1]),
                    parts[1],
                    c.count,
                    c.yuan,
                    paid.getOrDefault(k, new Total()).yuan,
                    recovered.getOrDefault(k, new Total()).yuan));
        }
        return new ReportTable(
                "core.funds.byMeasure",
                "按政策和措施",
                "By policy and measure",
                null,
                List.of(
                        Column.text("政策", "Policy"),
                        Column.text("资金用途", "Purpose"),
                        Column.text("条款", "Clause"),
                        Column.count("承诺笔数", "Grants"),
                        Column.money("承诺金额（元）", "Committed (yuan)"),
                        Column.money("拨付金额（元）", "Paid (yuan)"),
                        Column.money("追回金额（元）", "Recovered (yuan)")),
                rows);
    }

    private ReportTable overdueByFinance(LocalDate asOf, String district, List<District> districts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Unpaid u : figures.unpaidByFinance(asOf, district)) {
            rows.add(List.of(
                    financeName(u.finance(), districts),
                    u.count(),
                    u.yuan(),
                    u.earliestDue(),
                    ChronoUnit.DAYS.between(u.earliestDue(), asOf)));
        }
        return new ReportTable(
                "core.funds.overdueByFinance",
                "逾期未拨付汇总（截至 " + asOf + "）",
                "Overdue payments by finance (as of " + asOf + ")",
                DUE_CLAUSE,
                List.of(
                        Column.text("财政", "Finance"),
                        Column.count("逾期笔数", "Shares overdue"),
                        Column.money("逾期金额（元）", "Overdue (yuan)"),
                        Column.date("最早应拨付日", "Earliest due"),
                        Column.count("最长逾期天数", "Longest overdue (days)")),
                rows);
    }

    private ReportTable overdue(LocalDate asOf, String district, List<District> districts) {
        List<UnpaidShare> shares = figures.unpaidShares(asOf, district, OVERDUE_LISTED);
        Map<Long, String> enterprises = registry.names(shares.stream()
                .map(UnpaidShare::enterpriseId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        WorkingDayCalendar calendar = calendarDays.calendar();
        List<List<Object>> rows = new ArrayList<>();
        for (UnpaidShare s : shares) {
            List<Object> row = new ArrayList<>();
            row.add(financeName(
                    s.level() == FinanceLevel.CITY ? FinanceLevel.CITY.name() : s.districtCode(), districts));
            row.add(purposes.of(s.purpose())
                    .map(x -> x.label(s.purpose(), false))
                    .orElse(s.purpose()));
            row.add(s.clauseId());
            row.add(s.enterpriseId() == null ? null : enterprises.get(s.enterpriseId()));
            row.add(s.sourceReference());
            row.add(s.dueDate());
            row.add(s.yuan());
            row.add(ChronoUnit.DAYS.between(s.dueDate(), asOf));
            row.add(workingDays(calendar, s.dueDate(), asOf));
            rows.add(row);
        }
        return new ReportTable(
                "core.funds.overdue",
                "逾期未拨付明细（截至 " + asOf + "，逾期最久的至多 " + OVERDUE_LISTED + " 笔）",
                "Overdue payments (as of " + asOf + ", at most the " + OVERDUE_LISTED + " longest overdue)",
                DUE_CLAUSE,
                List.of(
                        Column.text("财政", "Finance"),
                        Column.text("资金用途", "Purpose"),
                        Column.text("条款", "Clause"),
                        Column.text("企业", "Enterprise"),
                        Column.text("业务编号", "Case"),
                        Column.date("应拨付日", "Due"),
                        Column.money("金额（元）", "Amount (yuan)"),
                        Column.count("逾期天数", "Days overdue"),
                        Column.count("逾期工作日", "Working days overdue")),
                rows);
    }

    /** The city, then each district finance of the scope, in the registry's order. */
    private static List<String> finances(List<District> districts) {
        List<String> out = new ArrayList<>();
        out.add(FinanceLevel.CITY.name());
        districts.forEach(d -> out.add(d.code()));
        return out;
    }

    private static String financeName(String finance, List<District> districts) {
        if (FinanceLevel.CITY.name().equals(finance)) {
            return "市级财政";
        }
        return districts.stream()
                        .filter(d -> d.code().equals(finance))
                        .findFirst()
                        .map(District::shortName)
                        .orElse(finance)
                + "财政";
    }

    private String purposeName(String clauseId) {
        return purposes.all().stream()
                .filter(p -> p.clauseId().equals(clauseId))
                .findFirst()
                .map(FundingPurpose::name)
                .orElse(clauseId);
    }

    private static Long workingDays(WorkingDayCalendar calendar, LocalDate due, LocalDate asOf) {
        try {
            return (long) calendar.workingDaysBetween(due, asOf);
        } catch (CalendarNotCovered e) {
            return null;
        }
    }

    /** The flows of each finance: {@code CITY} or the code of the district whose finance it is. */
    private static Map<String, Total> byFinance(List<Flow> flows) {
        Map<String, Total> map = new LinkedHashMap<>();
        for (Flow f : flows) {
            if (f.level() != null) {
                String finance = f.level() == FinanceLevel.CITY ? FinanceLevel.CITY.name() : f.districtCode();
                map.computeIfAbsent(finance, k -> new Total()).add(f.count(), f.yuan());
            }
        }
        return map;
    }

    /** The flows of each policy and clause ({@code policy|clause}), whichever finance moved them. */
    private static Map<String, Total> byClause(List<Flow> flows) {
        Map<String, Total> map = new LinkedHashMap<>();
        for (Flow f : flows) {
            map.computeIfAbsent(f.policyId() + "|" + f.clauseId(), k -> new Total())
                    .add(f.count(), f.yuan());
        }
        return map;
    }

    /** A running count and sum. */
    private static final class Total {
        long count;
        BigDecimal yuan = BigDecimal.ZERO.setScale(2);

        void add(long n, BigDecimal amount) {
            count += n;
            yuan = yuan.add(amount);
        }
    }

    /** Clause ids in document order: rare-earth.2 before rare-earth.10. */
    static int compareClauses(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
