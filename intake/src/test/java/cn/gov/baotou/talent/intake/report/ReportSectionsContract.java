package cn.gov.baotou.talent.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.intake.hire.boundary.IntakeTargets;
import cn.gov.baotou.talent.intake.report.entity.ServedMonths;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo hires loaded through intake's own loader, and the report sources reading them: the retention sections,
 * the exceptions of the target report and the targets, for the whole city and for one district, each figure checked
 * against the stories of {@code seeds/demo/hires.csv} and against plain SQL. Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ReportSectionsContract {

    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";
    static final String QINGSHAN = "150204";
    static final String[] DISTRICTS = {
        "150202", "150203", "150204", "150205", "150206", "150207", "150221", "150222", "150223", "150271"
    };

    ReportDatabase db;

    abstract DataSource freshDatabase();

    @BeforeAll
    void load() {
        db = new ReportDatabase(freshDatabase());
        db.loadDemoHires();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void theDemoHiresStandAtEveryStateOfTheProcedureAndLoadOnce() {
        db.loadDemoHires();
        assertThat(db.count("select count(*) from intake_hire")).isEqualTo(55);
        assertThat(status("SERVING")).isEqualTo(42);
        assertThat(status("DEPARTED")).isEqualTo(4);
        assertThat(status("REJECTED")).isEqualTo(3);
        assertThat(status("AGREEMENT_SIGNED")).isEqualTo(2);
        assertThat(status("SUBMITTED")).isEqualTo(2);
        assertThat(status("SUBSIDY_PAID")).isEqualTo(1);
        assertThat(status("VERIFIED")).isEqualTo(1);
        assertThat(status("COMPLETED")).isZero();
        assertThat(db.count("select count(distinct enterprise_id) from intake_joint_agreement"))
                .isEqualTo(22);
        assertThat(db.count("select count(*) from intake_hire where exception_required = true and exception_on is null"
                        + " and status = 'SUBMITTED'"))
                .isEqualTo(1);
    }

    @Test
    @Order(2)
    void theLedgerAndTheTalentRecordsHoldWhatTheStepsBooked() {
        assertThat(db.count("select count(*) from core_grant where source_module = 'intake'"))
                .isEqualTo(49);
        assertThat(db.count("select count(*) from core_payment where finance_level = 'CITY'"))
                .isEqualTo(48);
        assertThat(db.count("select count(*) from core_payment where finance_level = 'DISTRICT'"))
                .isEqualTo(47);
        assertThat(db.count("select count(*) from core_recovery")).isEqualTo(6);
        assertThat(db.count("select count(*) from core_grant where status = 'RECOVERED'"))
                .isEqualTo(3);
        assertThat(db.count("select count(*) from core_grant where status = 'PARTLY_PAID'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from core_grant g join intake_hire h on h.grant_id = g.id"
                        + " where g.status = 'PAID' and h.status in ('SERVING', 'SUBSIDY_PAID')"))
                .isEqualTo(43);
        assertThat(db.count("select count(*) from core_talent_record where programme = 'INTAKE'"))
                .isEqualTo(49);
        assertThat(db.count("select count(*) from core_talent_record where ended_on is not null"))
                .isEqualTo(4);
        assertThat(db.count("select count(*) from intake_evaluation")).isEqualTo(49 * 5);
        assertThat(db.count("select count(*) from intake_evaluation where evaluated_on is not null"))
                .isEqualTo(122);
        assertThat(db.count("select count(*) from core_document where kind = 'AGREEMENT'"))
                .isEqualTo(49);
    }

    @Test
    @Order(3)
    void aCaseTimelineReadsAsTheProcedureOnTheDaysOfItsSteps() {
        long hire = db.count(
                "select h.id from intake_hire h join core_person p on p.id = h.person_id" + " where p.name = '赵旻'");
        List<String> actions = db.read(em -> new ActivityLog(em, () -> "city", null)
                .entries("intake.hire", hire).stream()
                        .map(e -> e.at().atZone(Beijing.ZONE).toLocalDate() + " " + e.action())
                        .toList());
        assertThat(actions)
                .startsWith("2022-06-27 SUBMIT", "2022-07-05 VERIFY", "2022-07-15 SIGN_AGREEMENT")
                .contains("2022-07-28 RECORD_PAYMENT", "2022-08-08 START_SERVICE", "2023-07-25 RECORD_EVALUATION")
                .endsWith("2024-03-23 REPORT_DEPARTURE", "2024-04-15 DECIDE_RECOVERY");
    }

    @Test
    @Order(4)
    void inTwentyTwentyFourFortyOneHiresWereInTheirServicePeriodAndFortyStillAtItsEnd() {
        ReportTable t = retention(ReportScope.city(ReportPeriod.year(2024))).get(0);
        assertThat(t.clauseId()).isEqualTo("intake.6.1");
        List<Object> total = last(t);
        assertThat(total)
                .containsExactly(
                        "合计",
                        "",
                        41L,
                        40L,
                        new BigDecimal("2800000.00"),
                        new BigDecimal("2800000.00"),
                        new BigDecimal("5600000.00"));
        assertThat(total.get(2))
                .isEqualTo(db.count("select count(*) from intake_hire where agreement_signed_on <= date '2024-12-31'"
                        + " and service_until > date '2024-01-01'"
                        + " and (departed_on is null or departed_on >= date '2024-01-01')"));
        assertThat(t.rows().get(0)).startsWith("博士研究生", "昆都仑区", 2L, 2L);
    }

    @Test
    @Order(5)
    void departuresRecoveriesAndEvaluationsOfAYearCiteTheirClausesAndAddUp() {
        List<ReportTable> t = retention(ReportScope.city(ReportPeriod.year(2024)));
        assertThat(t)
                .extracting(ReportTable::clauseId)
                .containsExactly("intake.6.1", "intake.6.3", "intake.6.3", "intake.6.2");
        assertThat(t.get(1).rows().get(0)).containsExactly("辞职", 1L, 0L, 1L, 20L, 20L, 20L);
        assertThat(last(t.get(1))).containsExactly("合计", 1L, 0L, 1L, 20L, 20L, 20L);
        assertThat(t.get(2).rows().get(0))
                .containsExactly(
                        "青山区",
                        1L,
                        new BigDecimal("133333.33"),
                        new BigDecimal("66666.67"),
                        new BigDecimal("66666.66"),
                        new BigDecimal("133333.33"),
                        0L);
        assertThat(t.get(3).rows())
                .extracting(r -> r.get(0))
                .containsExactly("优秀", "合格", "基本合格", "不合格", "已评估合计", "期内到期未评估");
        assertThat(t.get(3).rows().get(4))
                .containsExactly(
                        "已评估合计",
                        db.count("select count(*) from intake_evaluation"
                                + " where evaluated_on between date '2024-01-01' and date '2024-12-31'"),
                        29L);
        List<ReportTable> later = retention(ReportScope.city(ReportPeriod.year(2026)));
        assertThat(last(later.get(2))).containsExactly("合计", 0L, bd("0.00"), bd("0.00"), bd("0.00"), bd("0.00"), 1L);
        assertThat(later.get(3).rows().get(5)).containsExactly("期内到期未评估", 8L, 8L);
    }

    @Test
    @Order(6)
    void aDistrictsRetentionHoldsOnlyItsOwnHires() {
        ReportScope zone = new ReportScope(ReportPeriod.year(2025), ZONE);
        List<ReportTable> t = retention(zone);
        assertThat(t.get(0).rows().subList(0, t.get(0).rows().size() - 1))
                .extracting(r -> r.get(1))
                .containsOnly("包头稀土高新技术产业开发区");
        // 金晓's agreement is signed and nothing paid yet: four masters, three halves paid by each finance
        assertThat(t.get(0).rows().get(1))
                .containsExactly("硕士研究生", "包头稀土高新技术产业开发区", 4L, 4L, bd("150000.00"), bd("150000.00"), bd("300000.00"));
        assertThat(last(t.get(1))).containsExactly("合计", 0L, 0L, 0L, null, null, null);
        assertThat(last(t.get(3)).get(1)).isEqualTo(0L);
        assertThat(t.get(3).rows().get(4).get(1))
                .isEqualTo(db.count("select count(*) from intake_evaluation e join intake_hire h on h.id = e.hire_id"
                        + " where h.district_code = '" + ZONE + "'"
                        + " and e.evaluated_on between date '2025-01-01' and date '2025-12-31'"));
        List<ReportTable> qingshan = retention(new ReportScope(ReportPeriod.year(2024), QINGSHAN));
        assertThat(qingshan.get(2).rows()).hasSize(2);
        assertThat(retention(new ReportScope(ReportPeriod.year(2024), KUNDULUN))
                        .get(2)
                        .rows())
                .singleElement()
                .satisfies(r -> assertThat(r.get(0)).isEqualTo("合计"));
    }

    @Test
    @Order(7)
    void theTargetReportListsEachExceptionGrantedInItsPeriodMaskedWithItsReasonAndApprover() {
        ReportTable y2022 = exceptions(ReportScope.city(ReportPeriod.year(2022)));
        assertThat(y2022.clauseId()).isEqualTo("intake.3.1");
        assertThat(y2022.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("吴静");
            assertThat(r.get(1)).isEqualTo("340104********9205");
            assertThat(r.get(2)).isEqualTo("博士研究生");
            assertThat(r.get(3)).isEqualTo(LocalDate.of(2022, 5, 16));
            assertThat(r.get(4)).isEqualTo(41L);
            assertThat(r.get(6)).isEqualTo("包头稀土高新技术产业开发区");
            assertThat((String) r.get(7)).contains("原则上");
            assertThat(r.get(8)).isEqualTo("市委人才办 张主任");
            assertThat(r.get(9)).isEqualTo(LocalDate.of(2022, 5, 25));
            assertThat(r.get(10)).isEqualTo("服务期内");
        });
        ReportPeriod plan = new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(exceptions(ReportScope.city(plan)).rows())
                .extracting(r -> r.get(0))
                .containsExactly("吴静", "邓欣怡");
        assertThat(exceptions(new ReportScope(plan, KUNDULUN)).rows())
                .extracting(r -> r.get(0))
                .containsExactly("邓欣怡");
        assertThat(exceptions(new ReportScope(plan, QINGSHAN)).rows()).isEmpty();
        assertThat(db.<List<ReportTable>>sections(s -> s.sections(ReportKind.FUNDS, ReportScope.city(plan))))
                .isEmpty();
    }

    @Test
    @Order(8)
    void theTargetsOfADistrictAreCountedInTheQueryWithTheirOwnMonthAndIndustryBreakdowns() {
        List<TargetProgress> city = db.progress(p -> p.progress(ReportScope.city(ReportPeriod.year(2022))));
        assertThat(city).extracting(t -> t.achieved().intValue()).containsExactly(6, 10);
        List<TargetProgress> zone = db.progress(p -> p.progress(new ReportScope(ReportPeriod.year(2022), ZONE)));
        assertThat(zone).extracting(t -> t.achieved().intValue()).containsExactly(2, 2);
        assertThat(zone.get(0).plannedMin()).isEqualByComparingTo("30");
        for (TargetProgress t : zone) {
            assertThat(shares(t, Dimension.DISTRICT)).containsOnly(ZONE);
            assertThat(sum(t, Dimension.MONTH)).isEqualByComparingTo(t.achieved());
            assertThat(sum(t, Dimension.INDUSTRY)).isEqualByComparingTo(t.achieved());
        }
        assertThat(shares(zone.get(0), Dimension.MONTH)).containsExactly("2022-06");
        for (int year = 2022; year <= 2025; year++) {
            int y = year;
            List<TargetProgress> whole = db.progress(p -> p.progress(ReportScope.city(ReportPeriod.year(y))));
            for (int i = 0; i < 2; i++) {
                int target = i;
                BigDecimal districts = BigDecimal.ZERO;
                for (String d : DISTRICTS) {
                    districts = districts.add(
                            db.<List<TargetProgress>>progress(p -> p.progress(new ReportScope(ReportPeriod.year(y), d)))
                                    .get(target)
                                    .achieved());
                }
                assertThat(districts)
                        .as(year + " " + i)
                        .isEqualByComparingTo(whole.get(i).achieved());
            }
        }
    }

    @Test
    @Order(9)
    void aPeriodAcrossTwoYearsCountsItsMonthsOfBothAndAYearWithoutAPlanShowsWhatWasBroughtInWithNone() {
        ReportPeriod span = ReportPeriod.months(YearMonth.of(2022, 11), YearMonth.of(2023, 3));
        List<TargetProgress> t = db.progress(p -> p.progress(ReportScope.city(span)));
        assertThat(shares(t.get(1), Dimension.MONTH)).containsExactly("2022-11", "2023-03");
        assertThat(t.get(1).achieved().intValue())
                .isEqualTo((int) db.count("select count(*) from intake_hire where degree = 'MASTER'"
                        + " and agreement_signed_on between date '2022-11-01' and date '2023-03-31'"));
        assertThat(t).as("intake.1 plans 2022, which the span includes").allSatisfy(x -> assertThat(x.planYear())
                .isEqualTo(2022));
        for (int year : new int[] {2021, 2026}) {
            List<TargetProgress> none = db.progress(p -> p.progress(ReportPeriod.year(year)));
            assertThat(none)
                    .extracting(TargetProgress::key)
                    .containsExactly("intake.target.doctors", "intake.target.masters");
            assertThat(none).allSatisfy(x -> assertThat(x.plannedMin()).isNull());
        }
    }

    @Test
    @Order(91)
    void theTargetsAre2022sOnlyAndLaterYearsAddUpToThemInTheCumulativeView() {
        List<TargetProgress> y2022 = db.progress(p -> p.progress(ReportScope.city(ReportPeriod.year(2022))));
        assertThat(y2022).extracting(x -> x.plannedMin().intValue()).containsExactly(30, 100);
        assertThat(y2022).extracting(TargetProgress::planYear).containsOnly(2022);
        assertThat(db.<List<TargetProgress>>progress(p -> p.progress(
                        ReportScope.city(new ReportPeriod(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 12, 31))))))
                .allSatisfy(x -> assertThat(x.plannedMin()).isNotNull());
        assertThat(db.<List<TargetProgress>>progress(p -> p.progress(
                        ReportScope.city(new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1))))))
                .allSatisfy(x -> assertThat(x.plannedMin()).isNull());
        List<TargetProgress> y2023 = db.progress(p -> p.progress(ReportScope.city(ReportPeriod.year(2023))));
        assertThat(y2023).allSatisfy(x -> {
            assertThat(x.plannedMin()).as("no plan in 2023, never 2022's").isNull();
            assertThat(x.planYear()).isNull();
        });
        assertThat(db.<java.util.Optional<CumulativeProgress>>progress(
                        p -> p.cumulative(ReportScope.city(ReportPeriod.year(2022)))))
                .as("2022's own view says all")
                .isEmpty();
        CumulativeProgress c = db.<java.util.Optional<CumulativeProgress>>progress(
                        p -> p.cumulative(ReportScope.city(ReportPeriod.year(2026))))
                .orElseThrow();
        assertThat(c.period()).isEqualTo(new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(c.planYear()).isEqualTo(2022);
        assertThat(c.targets()).extracting(x -> x.plannedMin().intValue()).containsExactly(30, 100);
        assertThat(c.targets().get(0).achieved().intValue())
                .isEqualTo((int) db.count("select count(*) from intake_hire where degree = 'DOCTOR'"
                        + " and agreement_signed_on between date '2022-01-01' and date '2025-12-31'"));
        CumulativeProgress zone = db.<java.util.Optional<CumulativeProgress>>progress(
                        p -> p.cumulative(new ReportScope(ReportPeriod.year(2024), ZONE)))
                .orElseThrow();
        assertThat(zone.period().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        IntakeTargets.Progress api2024 = db.targets(p -> p.of(2024));
        assertThat(api2024.doctorTarget()).isNull();
        assertThat(api2024.masterTarget()).isNull();
        assertThat(api2024.planYear()).isNull();
        assertThat(api2024.cumulative().doctorTarget()).isEqualTo(30);
        assertThat(api2024.cumulative().from()).isEqualTo(LocalDate.of(2022, 1, 1));
        try (jakarta.json.bind.Jsonb json = jakarta.json.bind.JsonbBuilder.create()) {
            assertThat(json.toJson(api2024))
                    .as("GET /api/v1/intake/targets?year=2024 answers the targets as null")
                    .contains("\"doctorTarget\":null", "\"masterTarget\":null");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        IntakeTargets.Progress api2022 = db.targets(p -> p.of(2022));
        assertThat(api2022.doctorTarget()).isEqualTo(30);
        assertThat(api2022.masterTarget()).isEqualTo(100);
        assertThat(api2022.cumulative()).isNull();
        assertThat(db.<IntakeTargets.Progress>targets(p -> p.of(2026)).doctorTarget())
                .as("no version covers 2026: no plan, no refusal")
                .isNull();
        for (TargetProgress t : zone.targets()) {
            assertThat(shares(t, Dimension.DISTRICT)).containsOnly(ZONE);
        }
    }

    @Test
    @Order(10)
    void fullMonthsInTheDatabaseAreThoseOfTheRecoveryRuleForEveryPairOfDemoDates() {
        List<Object[]> pairs = db.read(em -> em.createQuery(
                        "select a.submittedOn, b.progress.agreementSignedOn, "
                                + ServedMonths.between("a.submittedOn", "b.progress.agreementSignedOn")
                                + ", b.progress.departedOn, "
                                + ServedMonths.between("a.submittedOn", "b.progress.departedOn")
                                + " from Hire a, Hire b where b.progress.agreementSignedOn >= a.submittedOn",
                        Object[].class)
                .getResultList());
        assertThat(pairs).hasSizeGreaterThan(1000);
        for (Object[] p : pairs) {
            LocalDate from = (LocalDate) p[0];
            assertThat(((Number) p[2]).longValue())
                    .as(from + " to " + p[1])
                    .isEqualTo(ChronoUnit.MONTHS.between(from, (LocalDate) p[1]));
            if (p[3] != null && !((LocalDate) p[3]).isBefore(from)) {
                assertThat(((Number) p[4]).longValue())
                        .as(from + " to " + p[3])
                        .isEqualTo(ChronoUnit.MONTHS.between(from, (LocalDate) p[3]));
            }
        }
    }

    private List<ReportTable> retention(ReportScope scope) {
        return db.sections(s -> s.sections(ReportKind.RETENTION, scope));
    }

    private ReportTable exceptions(ReportScope scope) {
        List<ReportTable> t = db.sections(s -> s.sections(ReportKind.TARGETS, scope));
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    private long status(String status) {
        return db.count("select count(*) from intake_hire where status = '" + status + "'");
    }

    private static List<Object> last(ReportTable t) {
        return t.rows().get(t.rows().size() - 1);
    }

    private static List<String> shares(TargetProgress t, Dimension d) {
        return t.breakdowns().stream()
                .filter(b -> b.dimension() == d)
                .map(Breakdown::key)
                .toList();
    }

    private static BigDecimal sum(TargetProgress t, Dimension d) {
        return t.breakdowns().stream()
                .filter(b -> b.dimension() == d)
                .map(Breakdown::achieved)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
