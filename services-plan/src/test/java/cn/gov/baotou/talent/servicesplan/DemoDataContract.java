package cn.gov.baotou.talent.servicesplan;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.servicesplan.demo.boundary.ServicesPlanDemoData;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureFilter;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationFilter;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import cn.gov.baotou.talent.servicesplan.progress.boundary.ServicesPlanProgress;
import cn.gov.baotou.talent.servicesplan.progress.boundary.ServicesReport;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestFilter;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceModule;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequests;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo data, and the services report and the lists over it, on a real database: the demo gives quotas of 2 and 1
 * by revenue and by investment, nominations at every review step, service items in every state and requests routed,
 * rated, late and overdue, once however often it is loaded; the report's sections count them by tier, district,
 * state, item and module — response times in working days — for the whole city, one district, or a period without
 * them; the targets of one district come from that district's rows only; the lists filter, sort and page in the
 * database within the caller's scope. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoDataContract {

    /** Today, a year after the 2022 version's service period ended. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), Beijing.ZONE);

    static final String KUNDULUN = "150203";
    static final String ZONE = PlanDatabase.ZONE;
    static final ReportScope CITY_2025 = ReportScope.city(ReportPeriod.year(2025));
    static final ReportScope KUNDULUN_2025 = new ReportScope(ReportPeriod.year(2025), KUNDULUN);

    PlanDatabase db;
    Path documents;
    long loadMillis;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() throws IOException {
        db = new PlanDatabase(freshDatabase());
        documents = Files.createTempDirectory("svc-demo");
        long started = System.nanoTime();
        load();
        loadMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("services-plan demo data loaded in " + loadMillis + " ms");
    }

    @AfterAll
    void close() {
        db.close();
    }

    private void load() {
        inTransaction(db.emf, em -> {
            new ServicesPlanDemoData(em, new DocumentFiles(documents)).loadDemoData();
            return null;
        });
    }

    @Test
    void theDemoIsLoadedOnceQuicklyWithEveryReviewStep() {
        load();
        assertThat(loadMillis).as("demo load in ms").isLessThan(20_000);
        assertThat(db.count("select count(*) from svc_nomination")).isEqualTo(7);
        assertThat(column("select status, count(*) from svc_nomination group by status"))
                .containsOnly(
                        Map.entry("DISTRICT_REVIEW", 1L),
                        Map.entry("RETURNED", 1L),
                        Map.entry("CITY_REVIEW", 1L),
                        Map.entry("MEETING", 1L),
                        Map.entry("DECIDED", 1L),
                        Map.entry("NOTIFIED", 2L));
        assertThat(column("select status, count(*) from svc_figure group by status"))
                .containsOnly(Map.entry("CONFIRMED", 10L), Map.entry("RETURNED", 1L), Map.entry("PENDING", 1L));
        assertThat(column("select status, count(*) from svc_nominee_service group by status"))
                .containsOnly(
                        Map.entry("REQUESTED", 36L),
                        Map.entry("IN_PROGRESS", 4L),
                        Map.entry("DONE", 6L),
                        Map.entry("NOT_NEEDED", 2L));
        assertThat(column("select status, count(*) from svc_request group by status"))
                .containsOnly(
                        Map.entry("SUBMITTED", 1L),
                        Map.entry("IN_PROGRESS", 1L),
                        Map.entry("RESOLVED", 1L),
                        Map.entry("RATED", 4L));
        assertThat(db.count("select count(*) from svc_meeting")).isEqualTo(2);
        assertThat(db.count("select count(*) from core_document where kind = 'EVIDENCE'"))
                .isEqualTo(12);
        // every step left its timeline entry, dated on its day of 2025
        assertThat(db.count("select count(*) from core_activity where case_type like 'services-plan%'"
                        + " and extract(year from occurred_at) <> 2025"))
                .isZero();
        assertThat(db.count("select count(*) from core_activity where case_type like 'services-plan%'"))
                .isGreaterThan(60);
    }

    @Test
    void theDemoEnterprisesHoldQuotasOfTwoAndOneByRevenueAndByInvestment() {
        assertThat(quota(PlanDatabase.CATALYST)).isEqualTo("2 REVENUE services-plan.4.1.1");
        assertThat(quota("91150203MAYY0D0805")).isEqualTo("2 INVESTMENT services-plan.4.2.1");
        assertThat(quota("91150271MAYY0D0489")).isEqualTo("1 REVENUE services-plan.4.1.2");
        assertThat(quota("91150207MAYY0D056E")).isEqualTo("1 REVENUE services-plan.4.1.3");
        assertThat(quota("91150271MAYY0D021H")).isEqualTo("1 INVESTMENT services-plan.4.2.2");
        assertThat(quota("91150207MAYY0D0649")).isEqualTo("1 INVESTMENT services-plan.4.2.3");
        // magnet's 2025 is left for the walk-through of the README and the Arquillian test
        assertThat(quota(PlanDatabase.MAGNET)).isEqualTo("0 null services-plan.4");
        assertThat(db.count("select count(*) from svc_nomination n join core_enterprise e on e.id = n.enterprise_id"
                        + " where e.credit_code = '" + PlanDatabase.MAGNET + "'"))
                .isZero();
    }

    @Test
    void theCitysNominationsByDistrictAndTierAndByStep() {
        List<ReportTable> sections = sections(CITY_2025);
        assertThat(sections)
                .extracting(ReportTable::key)
                .containsExactly(
                        "services-plan.nominations.tiers",
                        "services-plan.nominations.status",
                        "services-plan.serviceItems",
                        "services-plan.requests.status",
                        "services-plan.requests.response");
        ReportTable tiers = sections.get(0);
        assertThat(tiers.title()).isEqualTo("推荐申请情况（按属地与名额档次）");
        assertThat(tiers.rows())
                .containsExactly(
                        List.of("昆区", "营业收入", 2L, 2L, 3L, 1L),
                        List.of("昆区", "项目投资额", 2L, 1L, 2L, 2L),
                        List.of("九原区", "营业收入", 1L, 1L, 1L, 0L),
                        List.of("九原区", "项目投资额", 1L, 1L, 1L, 1L),
                        List.of("稀土高新区", "营业收入", 1L, 1L, 1L, 0L),
                        List.of("稀土高新区", "项目投资额", 1L, 1L, 1L, 0L),
                        java.util.Arrays.asList("合计", null, null, 7L, 9L, 4L));
        assertThat(sections.get(1).rows())
                .containsExactly(
                        List.of("属地初审中", 1L, 1L, 0L),
                        List.of("已退回", 1L, 1L, 0L),
                        List.of("市委人才办审核中", 1L, 1L, 0L),
                        List.of("待会议研究", 1L, 1L, 0L),
                        List.of("已确定，待反馈", 1L, 1L, 1L),
                        List.of("已反馈", 2L, 4L, 3L),
                        List.of("合计", 7L, 9L, 4L));
        assertThat(db.count("select count(*) from svc_nominee")).isEqualTo(9);
    }

    @Test
    void theSixteenServiceItemsByStateWithTheShareDone() {
        ReportTable items = sections(CITY_2025).get(2);
        assertThat(items.rows()).hasSize(17);
        assertThat(items.rows().get(0)).containsExactly("配偶就业", "人社局", 3L, 1L, 0L, 1L, 1L, new BigDecimal("0.5000"));
        assertThat(items.rows().get(16)).containsExactly("合计", null, 48L, 36L, 4L, 6L, 2L, new BigDecimal("0.1304"));
    }

    @Test
    void theRequestsByModuleAndStateWithWorkingDaysOverdueLateAndRatings() {
        List<ReportTable> sections = sections(CITY_2025);
        ReportTable states = sections.get(3);
        assertThat(states.rows().get(0)).containsExactly("用工保障", 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(states.rows().get(states.rows().size() - 1)).containsExactly("合计", 1L, 0L, 1L, 1L, 4L, 7L);
        ReportTable response = sections.get(4);
        Map<String, List<Object>> byModule =
                response.rows().stream().collect(Collectors.toMap(r -> (String) r.get(0), r -> r));
        // routed on Tuesday 8 April, resolved on Thursday 17 April 2025: seven working days
        assertThat(byModule.get("用工保障")).containsExactly("用工保障", 1L, dec("7.0"), dec("7.0"), 0L, 0L, 1L, dec("5.00"));
        // 13 May to 4 June: 15 working days, the Dragon Boat holiday of 2 June not counted
        assertThat(byModule.get("职业教育")).containsExactly("职业教育", 1L, dec("15.0"), dec("15.0"), 0L, 0L, 1L, dec("4.00"));
        // resolved on 4 July, after its deadline of 1 July
        assertThat(byModule.get("人才引进")).containsExactly("人才引进", 1L, dec("13.0"), dec("13.0"), 0L, 1L, 1L, dec("3.00"));
        // with the zone's task force since 14 October 2025, due 28 October: overdue today
        assertThat(byModule.get("交友婚恋")).containsExactly("交友婚恋", 0L, null, null, 1L, 0L, 0L, null);
        assertThat(byModule.get("合计")).containsExactly("合计", 5L, dec("9.0"), dec("7.0"), 1L, 1L, 4L, dec("4.25"));
    }

    @Test
    void aDistrictsReportHoldsThatDistrictsCasesOnly() {
        List<ReportTable> sections = sections(KUNDULUN_2025);
        assertThat(sections.get(0).rows())
                .containsExactly(
                        List.of("昆区", "营业收入", 2L, 2L, 3L, 1L),
                        List.of("昆区", "项目投资额", 2L, 1L, 2L, 2L),
                        java.util.Arrays.asList("合计", null, null, 3L, 5L, 3L));
        assertThat(sections.get(2).rows().get(16)).element(2).isEqualTo(48L);
        List<Object> total = sections.get(4).rows().get(sections.get(4).rows().size() - 1);
        assertThat(total).containsExactly("合计", 4L, dec("8.0"), dec("7.0"), 0L, 0L, 3L, dec("4.67"));
        List<ReportTable> zone = sections(new ReportScope(ReportPeriod.year(2025), PlanDatabase.ZONE));
        assertThat(zone.get(4).rows().get(zone.get(4).rows().size() - 1))
                .containsExactly("合计", 1L, dec("13.0"), dec("13.0"), 1L, 1L, 1L, dec("3.00"));
    }

    @Test
    void aPeriodWithoutCasesHasEmptyTablesAndOtherReportsNoSections() {
        List<ReportTable> march =
                sections(new ReportScope(ReportPeriod.months(YearMonth.of(2025, 3), YearMonth.of(2025, 3)), null));
        // catalyst's, steel's and polish's nominations of the March window
        assertThat(march.get(0).rows().get(march.get(0).rows().size() - 1))
                .element(3)
                .isEqualTo(3L);
        assertThat(march.get(4).rows().get(march.get(4).rows().size() - 1))
                .element(1)
                .isEqualTo(0L);
        List<ReportTable> before = sections(ReportScope.city(ReportPeriod.year(2024)));
        assertThat(before.get(0).rows()).containsExactly(java.util.Arrays.asList("合计", null, null, 0L, 0L, 0L));
        assertThat(before.get(2).rows()).hasSize(17);
        List<ReportTable> targets =
                inTransaction(db.emf, em -> new ServicesReport(em, TODAY).sections(ReportKind.TARGETS, CITY_2025));
        assertThat(targets).isEmpty();
    }

    @Test
    void aDistrictsTargetsComeFromItsOwnRowsWithItsMonths() {
        List<TargetProgress> city = progress(CITY_2025);
        List<TargetProgress> kundulun = progress(KUNDULUN_2025);
        assertThat(figure(city, "services-plan.nominations").achieved()).isEqualByComparingTo("4");
        TargetProgress own = figure(kundulun, "services-plan.nominations");
        assertThat(own.achieved()).isEqualByComparingTo("3");
        assertThat(own.breakdowns())
                .extracting(Breakdown::dimension, Breakdown::key)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(Dimension.DISTRICT, KUNDULUN),
                        org.assertj.core.api.Assertions.tuple(Dimension.MONTH, "2025-03"));
        assertThat(figure(kundulun, "services-plan.requests").achieved()).isEqualByComparingTo("4");
        assertThat(figure(kundulun, "services-plan.responseDays").achieved()).isEqualByComparingTo("8.0");
        assertThat(figure(city, "services-plan.responseDays").unit()).isEqualTo("工作日");
        assertThat(figure(kundulun, "services-plan.rating").achieved()).isEqualByComparingTo("4.67");
        assertThat(figure(city, "services-plan.serviceItemsDone").achieved()).isEqualByComparingTo("6");
        List<TargetProgress> zone = progress(new ReportScope(ReportPeriod.year(2025), PlanDatabase.ZONE));
        assertThat(figure(zone, "services-plan.nominations").achieved()).isEqualByComparingTo("0");
        assertThat(figure(zone, "services-plan.serviceItemsDone").achieved()).isEqualByComparingTo("0");
    }

    @Test
    void theListsFilterSortAndPageInTheDatabaseWithinTheCallersScope() {
        Caller city = Callers.cityOffice();
        Caller kundulun = Callers.districtOffice(KUNDULUN);
        NominationFilter all = NominationFilter.ALL;
        assertThat(names(city, all, new ListOrder("enterprise", false), 0, 3))
                .isSortedAccordingTo(Comparator.naturalOrder())
                .hasSize(3);
        assertThat(ids(city, all, Nominations.LATEST, 0, 10))
                .hasSize(7)
                .isEqualTo(concat(ids(city, all, Nominations.LATEST, 0, 4), ids(city, all, Nominations.LATEST, 4, 4)));
        assertThat((long) db.as(
                        city, TODAY, d -> d.nominations().count(new NominationFilter(null, 2025, KUNDULUN, null))))
                .isEqualTo(3);
        assertThat((long) db.as(kundulun, TODAY, d -> d.nominations().count(all)))
                .isEqualTo(3);
        // a district office asking for another district finds nothing, never more than its own
        assertThat((long) db.as(
                        kundulun, TODAY, d -> d.nominations().count(new NominationFilter(null, null, ZONE, null))))
                .isZero();
        assertThat(names(city, new NominationFilter(null, null, null, "催化"), Nominations.LATEST, 0, 10))
                .containsOnly("包头示范稀土催化材料有限公司")
                .hasSize(2);
        // typed _ and % are taken as typed, not as wildcards
        assertThat(names(city, new NominationFilter(null, null, null, "_"), Nominations.LATEST, 0, 10))
                .isEmpty();

        LocalDate today = LocalDate.now(TODAY);
        List<Long> overdue =
                db.as(city, TODAY, d -> d
                        .requests()
                        .find(new RequestFilter(null, null, today, null, null), ServiceRequests.LATEST, 0, 10)
                        .stream()
                        .map(r -> r.id())
                        .toList());
        assertThat(overdue).hasSize(1);
        List<Integer> ratings =
                db.as(city, TODAY, d -> d
                        .requests()
                        .find(RequestFilter.of(RequestStatus.RATED, null), new ListOrder("rating", true), 0, 10)
                        .stream()
                        .map(r -> r.rating())
                        .toList());
        assertThat(ratings).containsExactly(5, 5, 4, 3);
        assertThat((long) db.as(city, TODAY, d -> d.requests()
                        .count(new RequestFilter(null, ServiceModule.ELDERLY_CARE, null, null, "康养"))))
                .isEqualTo(1);
        List<String> amounts = db.as(Callers.districtOffice("150207"), TODAY, d -> d
                .figures()
                .find(new FigureFilter(null, null, Basis.INVESTMENT, null, null), new ListOrder("amount", true), 0, 10)
                .stream()
                .map(f -> f.amount().toString())
                .toList());
        assertThat(amounts).containsExactly("2700000000.00", "2600000000.00");
    }

    private List<String> names(Caller caller, NominationFilter f, ListOrder order, int first, int max) {
        return db.as(caller, TODAY, d -> d.nominations().find(f, order, first, max).stream()
                .map(n -> n.enterprise().name())
                .toList());
    }

    private List<Long> ids(Caller caller, NominationFilter f, ListOrder order, int first, int max) {
        return db.as(caller, TODAY, d -> d.nominations().find(f, order, first, max).stream()
                .map(n -> n.id())
                .toList());
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<ReportTable> sections(ReportScope scope) {
        return inTransaction(db.emf, em -> new ServicesReport(em, TODAY).sections(ReportKind.SERVICES, scope));
    }

    private List<TargetProgress> progress(ReportScope scope) {
        return inTransaction(db.emf, em -> new ServicesPlanProgress(em).progress(scope));
    }

    private String quota(String creditCode) {
        QuotaDecision q = db.as(Callers.cityOffice(), TODAY, d -> d.quota().decide(db.enterprise(creditCode), 2025));
        return q.quota() + " " + q.basis() + " " + q.tierClause();
    }

    private Map<String, Long> column(String sql) {
        return inTransaction(db.emf, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).getResultList();
            return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
        });
    }

    private static TargetProgress figure(List<TargetProgress> figures, String key) {
        return ServicesPlanFlowContract.figure(figures, key);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
