package cn.gov.baotou.talent.rareearth.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.document.boundary.DocumentStore;
import cn.gov.baotou.talent.core.document.entity.DocumentFiles;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.talent.entity.TalentEntry;
import cn.gov.baotou.talent.core.talent.entity.TalentRecords;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.core.testing.SampleFiles;
import cn.gov.baotou.talent.core.testing.TestClock;
import cn.gov.baotou.talent.rareearth.RareEarthDatabase;
import cn.gov.baotou.talent.rareearth.measure.boundary.BoardWorkbookResource;
import cn.gov.baotou.talent.rareearth.measure.boundary.FilingForm;
import cn.gov.baotou.talent.rareearth.measure.boundary.MeasureDesk;
import cn.gov.baotou.talent.rareearth.measure.boundary.MeasureOverview;
import cn.gov.baotou.talent.rareearth.measure.boundary.MeasureSummary;
import cn.gov.baotou.talent.rareearth.measure.boundary.RareEarthSections;
import cn.gov.baotou.talent.rareearth.measure.boundary.RareEarthTargets;
import cn.gov.baotou.talent.rareearth.measure.control.MeasureDuty;
import cn.gov.baotou.talent.rareearth.measure.entity.Departments;
import cn.gov.baotou.talent.rareearth.measure.entity.Measure;
import cn.gov.baotou.talent.rareearth.measure.entity.MeasureFunding;
import cn.gov.baotou.talent.rareearth.measure.entity.Measures;
import cn.gov.baotou.talent.rareearth.measure.entity.TalentCounts;
import cn.gov.baotou.talent.rareearth.measure.entity.TargetCounts;
import cn.gov.baotou.talent.rareearth.problem.boundary.ProblemDesk;
import cn.gov.baotou.talent.rareearth.problem.boundary.ProblemsWorkbookResource;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblems;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import cn.gov.baotou.talent.rareearth.record.boundary.RecordDesk;
import cn.gov.baotou.talent.rareearth.record.boundary.RecordForm;
import cn.gov.baotou.talent.rareearth.record.entity.MeasureRecord;
import cn.gov.baotou.talent.rareearth.setup.boundary.RareEarthDemoData;
import cn.gov.baotou.talent.rareearth.team.boundary.TeamDesk;
import cn.gov.baotou.talent.rareearth.team.boundary.TeamForm;
import cn.gov.baotou.talent.rareearth.team.boundary.TeamsWorkbookResource;
import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingBatch;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
import cn.gov.baotou.talent.rareearth.web.boundary.RegistryNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The measures as data and the board over them, on a real database: each measure's reviewer agrees with the lead unit
 * its clause names; departments file the 细则 of measures they answer for and districts their 配套措施; the board shows
 * the ledger's money and the targets, counted by district and month. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MeasureBoardContract {

    static final Caller HR = Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"));
    static final Caller EDUCATION = Callers.as("education", Role.DEPARTMENT, AccountScope.department("EDUCATION"));
    static final LocalDate AS_OF = LocalDate.of(2024, 9, 27);

    RareEarthDatabase db;
    Path files;
    long magnet;

    abstract DataSource freshDatabase();

    @BeforeAll
    void database() throws IOException {
        List<Class<?>> entities = new ArrayList<>(RareEarthDatabase.MODULE);
        entities.addAll(List.of(
                KeyProblem.class,
                ProblemBid.class,
                ProblemMilestone.class,
                TrainingBatch.class,
                TrainingRecord.class,
                HighEndTeam.class,
                MeasureRecord.class));
        db = new RareEarthDatabase(freshDatabase(), entities);
        files = Files.createTempDirectory("rare-earth-documents");
        magnet = db.id("select id from core_enterprise where credit_code = '91150271MAYY0D013N'");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    @Order(1)
    void eachMeasuresReviewerIsTheLeadUnitItsClauseNames() {
        List<String> disagreements = db.work(em -> {
            List<String> out = new ArrayList<>();
            for (Measure m : new Measures(em).all()) {
                Clause c = em.find(Clause.class, m.clauseId());
                String derived = MeasureDuty.of(c, new Departments()).reviewDepartment();
                if (!java.util.Objects.equals(derived, m.reviewDepartment())) {
                    out.add(m.number() + ": " + m.reviewDepartment() + " / " + derived);
                }
            }
            return out;
        });
        assertThat(disagreements).isEmpty();
        assertThat(db.count("select count(*) from re_measure")).isEqualTo(15);
    }

    @Test
    @Order(2)
    void aDepartmentFilesTheRulesOfAMeasureItAnswersForAndADistrictItsSupportingMeasures() {
        assertThat(desk(HR, d -> d.file(5, form("DETAILED_RULES", null), pdf())).departmentCode())
                .isEqualTo("HUMAN_RESOURCES");
        assertThatThrownBy(() -> desk(EDUCATION, d -> d.file(5, form("PROCEDURE", null), pdf())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field() + " " + f.messageKey())
                        .containsExactly("departmentCode filing.department.notBound"));
        assertThat(desk(Callers.districtOffice("150271"), d -> d.file(5, form("DISTRICT_MEASURES", null), pdf()))
                        .districtCode())
                .isEqualTo("150271");
        assertThat(desk(Callers.cityOffice(), d -> d.file(1, form("PROCEDURE", "TALENT_OFFICE"), pdf()))
                        .departmentCode())
                .isEqualTo("TALENT_OFFICE");
        assertThatThrownBy(() -> desk(Callers.enterprise(magnet), d -> d.file(5, form("PROCEDURE", null), pdf())))
                .isInstanceOf(Forbidden.class);
        long filed = db.count(
                "select document_id from re_measure_document where measure_no = 5 and kind = 'DETAILED_RULES'");
        assertThat(desk(Callers.enterprise(magnet), d -> d.content(filed))
                        .document()
                        .fileName())
                .endsWith(".pdf");
    }

    @Test
    @Order(3)
    void teamsCountOnceConfirmedByDistrictAndMonth() {
        long t1 = team("2024-03-15");
        long t2 = team("2024-05-20");
        team("2024-06-01");
        teams(Callers.cityOffice(), d -> d.decide(t1, true, "符合条件"));
        teams(Callers.cityOffice(), d -> d.decide(t2, true, "符合条件"));
        assertThatThrownBy(() -> teams(Callers.enterprise(magnet), d -> d.decide(t1, true, "x")))
                .isInstanceOf(Forbidden.class);
        TargetProgress teams = target("rare-earth.1", "target.teams");
        assertThat(teams.achieved()).isEqualByComparingTo("2");
        assertThat(teams.plannedMin())
                .as("rare-earth.1 plans 2022 only: 2024 has no plan")
                .isNull();
        assertThat(teams.isTarget()).isTrue();
        assertThat(teams.label()).isEqualTo("引进高精尖人才团队");
        assertThat(teams.breakdowns())
                .extracting(b -> b.dimension() + " " + b.key() + " " + b.achieved())
                .containsExactly("DISTRICT 150271 2", "MONTH 2024-03 1", "MONTH 2024-05 1");
    }

    @Test
    @Order(4)
    void rareEarthPhdsAreCountedFromTheTalentRecordsAndThePersonTwoProgrammesRecordedCountsOnce() {
        long wang = db.id("select id from core_person where name = '王堃'");
        long li = db.id("select id from core_person where name = '李喆'");
        db.work(em -> {
            TalentRecords r = new TalentRecords(em);
            r.record(new TalentEntry(
                    wang,
                    magnet,
                    "150271",
                    "INTAKE",
                    "DOCTOR",
                    "intake",
                    "intake.3.1",
                    "intake",
                    "hire-1",
                    LocalDate.of(2024, 4, 2)));
            r.record(new TalentEntry(
                    wang,
                    magnet,
                    "150271",
                    "RARE_EARTH",
                    "DOCTOR",
                    "rare-earth",
                    "rare-earth.2",
                    "rare-earth",
                    "application-1",
                    LocalDate.of(2024, 5, 2)));
            return r.record(new TalentEntry(
                    li,
                    magnet,
                    "150271",
                    "INTAKE",
                    "MASTER",
                    "intake",
                    "intake.3.1",
                    "intake",
                    "hire-2",
                    LocalDate.of(2024, 6, 2)));
        });
        assertThat(target("rare-earth.2", "target.doctors").achieved()).isEqualByComparingTo("1");
        assertThat(target("rare-earth.2", "target.masters").achieved()).isEqualByComparingTo("1");
        assertThat(target("rare-earth.2", "target.masters").plannedMin()).isNull();
    }

    @Test
    @Order(5)
    void theBoardShowsEachMeasuresUnitsFilingsMoneyAndTargets() {
        long wang = db.id("select id from core_person where name = '王堃'");
        db.work(em -> db.ledger(em, Callers.cityOffice())
                .grant(new GrantRequest(
                        BeneficiaryKind.PERSON,
                        wang,
                        magnet,
                        "MIGRANT_ENGINEER_SUBSIDY_2024",
                        "rare-earth",
                        "rare-earth.5",
                        LocalDate.of(2022, 4, 5),
                        "rare-earth",
                        "application-9",
                        "150271",
                        Yuan.wan(10),
                        Yuan.wan(10),
                        Yuan.ZERO,
                        AS_OF,
                        AS_OF.plusDays(14))));
        List<MeasureSummary> board = db.work(em -> overview(em).board(AS_OF));
        assertThat(board).hasSize(15);
        MeasureSummary five = board.get(4);
        assertThat(five.leadUnits()).containsExactly("市人社局");
        assertThat(five.reviewDepartment()).isEqualTo("人社局");
        assertThat(five.rules()).hasSize(1);
        assertThat(five.districtsDelivered()).isEqualTo(1);
        assertThat(five.districts()).isEqualTo(10);
        assertThat(five.money().grants()).isEqualTo(1);
        assertThat(five.money().committed()).isEqualTo("100000.00");
        assertThat(five.parameters()).extracting(p -> p.key()).contains("rareEarth.migrantEngineer.capYuan");
        assertThat(board.get(8).targets()).extracting(TargetProgress::key).containsExactly("rareEarth.target.problems");
        assertThat(board.get(1).targets()).hasSize(2);
        assertThat(board.get(11).leadUnits()).isEmpty();
        assertThat(board.get(11).reviewDepartment()).isEqualTo("工信局");
    }

    @Test
    @Order(6)
    void theRecordingMeasuresAreKeptByWhomTheTextMakesResponsibleAndReadWithinScope() {
        MeasureRecord venture = records(
                HR,
                d -> d.record(
                        14,
                        new RecordForm(
                                "LEAVE_POST",
                                "稀土功能材料创业",
                                "内蒙古科技大学",
                                null,
                                "150271",
                                "2024-03-01",
                                null,
                                "1",
                                "离岗三年，保留人事关系；成果转化收益 70% 归团队")));
        assertThat(venture.terms()).contains("70%");
        assertThatThrownBy(() -> records(
                        HR,
                        d -> d.record(
                                14,
                                new RecordForm(
                                        "LEAVE_POST",
                                        "创业",
                                        "包头稀土研究院",
                                        null,
                                        null,
                                        "2024-03-01",
                                        "2024-02-01",
                                        null,
                                        " "))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("endedOn", "terms"));
        assertThatThrownBy(() -> records(
                        EDUCATION,
                        d -> d.record(
                                14, new RecordForm("LEAVE_POST", "x", "y", null, null, "2024-03-01", null, null, "z"))))
                .isInstanceOf(Forbidden.class);
        records(
                Callers.districtOffice("150271"),
                d -> d.record(
                        15,
                        new RecordForm(
                                "TASK_FORCE",
                                "稀土高新区人才服务专班",
                                "稀土永磁产业园项目",
                                null,
                                null,
                                "2024-01-10",
                                null,
                                "8",
                                "组长：管委会副主任；成员：人社、住建、税务")));
        records(
                Callers.enterprise(magnet),
                d -> d.record(
                        4,
                        new RecordForm(
                                "CONSULTING",
                                "柔性引进 张教授",
                                "北京科技大学",
                                null,
                                null,
                                "2024-02-01",
                                "2024-12-31",
                                "1",
                                null)));
        assertThat(this.<Long>records(Callers.enterprise(magnet), d -> d.count(4)))
                .isEqualTo(1);
        assertThat(this.<Long>records(Callers.districtOffice("150203"), d -> d.count(15)))
                .isZero();
        assertThat(this.<Long>records(Callers.cityOffice(), d -> d.count(14))).isEqualTo(1);
        assertThat(this.<Long>records(HR, d -> d.count(14))).isEqualTo(1);
        assertThat(this.<Long>records(EDUCATION, d -> d.count(14))).isZero();
    }

    @Test
    @Order(7)
    void theDemoDataLoadsOnceAndCountsTowardsTheTargetsOf2025() {
        db.work(em -> {
            new RareEarthDemoData(em, db.activity(em, Callers.cityOffice())).loadDemoData();
            return null;
        });
        db.work(em -> {
            new RareEarthDemoData(em, db.activity(em, Callers.cityOffice())).loadDemoData();
            return null;
        });
        assertThat(db.count("select count(*) from re_key_problem")).isEqualTo(2);
        TargetProgress teams =
                db.work(em -> targets(em).progress(ReportPeriod.year(2025)).get(0));
        assertThat(teams.achieved()).isEqualByComparingTo("2");
        TargetProgress problems =
                db.work(em -> targets(em).progress(ReportPeriod.year(2025)).get(6));
        assertThat(problems.achieved()).isEqualByComparingTo("2");
        assertThat(problems.plannedMax()).isEqualByComparingTo("10");
        assertThat(db.<List<TargetProgress>>work(em -> targets(em).progress(ReportPeriod.year(2021))))
                .hasSize(7)
                .allSatisfy(t -> assertThat(t.planned()).isFalse());
    }

    @Test
    @Order(8)
    void aDistrictsTargetsCountOnlyItsOwnCasesInTheQueriesAgainstTheCitysPlan() {
        ReportPeriod y2024 = ReportPeriod.year(2024);
        List<TargetProgress> zone = db.work(em -> targets(em).progress(new ReportScope(y2024, "150271")));
        List<TargetProgress> kundulun = db.work(em -> targets(em).progress(new ReportScope(y2024, "150203")));
        assertThat(zone.get(0).achieved()).isEqualByComparingTo("2");
        assertThat(zone.get(0).breakdowns())
                .extracting(b -> b.dimension() + " " + b.key())
                .containsExactly("DISTRICT 150271", "MONTH 2024-03", "MONTH 2024-05");
        assertThat(kundulun.get(0).achieved()).isEqualByComparingTo("0");
        assertThat(kundulun.get(0).plannedMin()).isNull();
        assertThat(kundulun.get(6).plannedMin()).as("the city's yearly plan").isEqualByComparingTo("5");
        assertThat(kundulun.get(0).breakdowns()).isEmpty();
        assertThat(zone)
                .extracting(TargetProgress::clauseId)
                .containsExactly(
                        "rare-earth.1",
                        "rare-earth.2",
                        "rare-earth.2",
                        "rare-earth.3",
                        "rare-earth.6",
                        "rare-earth.7",
                        "rare-earth.9");
        assertThat(zone.get(1).achieved()).isEqualByComparingTo("1");
        assertThat(kundulun.get(1).achieved()).isEqualByComparingTo("0");
    }

    @Test
    @Order(9)
    void aYearNoVersionCoversShowsWhatWasAchievedWithNoPlanAndTheYearThePolicyEndedIsPlannedByIt() {
        assertThat(db.<List<TargetProgress>>work(em -> targets(em).progress(ReportPeriod.year(2026))))
                .hasSize(7)
                .allSatisfy(t -> assertThat(t.planned()).isFalse());
        List<TargetProgress> span = db.work(em -> targets(em)
                .progress(ReportScope.city(
                        ReportPeriod.months(java.time.YearMonth.of(2025, 7), java.time.YearMonth.of(2026, 6)))));
        assertThat(span).as("no single year's plan fits a span of two years").allSatisfy(t -> assertThat(t.planned())
                .isFalse());
        assertThat(db.<List<TargetProgress>>work(em -> targets(em).progress(ReportPeriod.year(2025)))
                        .get(6)
                        .plannedMax())
                .as("the version ending 2025-12-31 plans 2025's problems")
                .isEqualByComparingTo("10");
        List<MeasureSummary> board = db.work(em -> overview(em).board(LocalDate.of(2026, 6, 1)));
        assertThat(board).allSatisfy(m -> {
            assertThat(m.targets()).allSatisfy(t -> assertThat(t.planned()).isFalse());
            assertThat(m.parameters()).isEmpty();
        });
        assertThat(board.get(4).money().committed()).as("the money so far").isEqualTo("100000.00");
    }

    @Test
    @Order(13)
    void theOneYearTargetsArePlannedIn2022OnlyTheYearlyOnesEveryYearAndLeadershipSeesTheSum2022To2025() {
        long early = team("2022-12-31");
        long late = team("2023-01-01");
        teams(Callers.cityOffice(), d -> d.decide(early, true, "符合条件"));
        teams(Callers.cityOffice(), d -> d.decide(late, true, "符合条件"));
        List<TargetProgress> y2022 = db.work(em -> targets(em).progress(ReportPeriod.year(2022)));
        List<TargetProgress> y2023 = db.work(em -> targets(em).progress(ReportPeriod.year(2023)));
        assertThat(y2022.get(0).plannedMin()).isEqualByComparingTo("5");
        assertThat(y2022.get(0).planYear()).isEqualTo(2022);
        assertThat(y2022.get(0).achieved()).isEqualByComparingTo("1");
        assertThat(y2022.get(3).plannedMax()).as("rare-earth.3: 1—2 in 2022").isEqualByComparingTo("2");
        assertThat(y2023.get(0).plannedMin()).as("never 2022's plan in 2023").isNull();
        assertThat(y2023.get(0).achieved()).isEqualByComparingTo("1");
        assertThat(y2023.subList(0, 4)).allSatisfy(t -> assertThat(t.planned()).isFalse());
        assertThat(y2023.subList(4, 7)).allSatisfy(t -> {
            assertThat(t.planned()).isTrue();
            assertThat(t.planYear()).isEqualTo(2023);
        });
        assertThat(y2023.get(4).approximate())
                .as("rare-earth.6: 100 名左右 is no minimum")
                .isTrue();
        assertThat(y2023.get(5).approximate()).isFalse();

        CumulativeProgress sum = db.<java.util.Optional<CumulativeProgress>>work(
                        em -> targets(em).cumulative(ReportScope.city(ReportPeriod.year(2025))))
                .orElseThrow();
        assertThat(sum.period()).isEqualTo(new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(sum.planYear()).isEqualTo(2022);
        assertThat(sum.targets())
                .extracting(TargetProgress::clauseId)
                .containsExactly("rare-earth.1", "rare-earth.2", "rare-earth.2", "rare-earth.3");
        assertThat(sum.targets().get(0).plannedMin()).isEqualByComparingTo("5");
        assertThat(sum.targets().get(0).achieved())
                .as("2022, 2023, two of 2024 and two of the 2025 demo data")
                .isEqualByComparingTo("6");
        assertThat(db.<java.util.Optional<CumulativeProgress>>work(
                        em -> targets(em).cumulative(ReportScope.city(ReportPeriod.year(2022)))))
                .isEmpty();
        BigDecimal yearByYear = BigDecimal.ZERO;
        for (int year = 2022; year <= 2025; year++) {
            ReportScope scope = new ReportScope(ReportPeriod.year(year), "150203");
            yearByYear = yearByYear.add(
                    db.<List<TargetProgress>>work(em -> targets(em).progress(scope))
                            .get(0)
                            .achieved());
        }
        BigDecimal kundulun = db.<java.util.Optional<CumulativeProgress>>work(
                        em -> targets(em).cumulative(new ReportScope(ReportPeriod.year(2025), "150203")))
                .orElseThrow()
                .targets()
                .get(0)
                .achieved();
        assertThat(kundulun).as("a district's sum is its own years'").isEqualByComparingTo(yearByYear);
    }

    @Test
    @Order(10)
    void theTargetSectionGivesEveryMeasuresLeadDeliveryCasesAndMoneyInTheReportsScope() {
        long grant = db.id("select id from core_grant where clause_id = 'rare-earth.5'");
        db.work(em -> db.ledger(em, Callers.cityFinance(), TestClock.on(LocalDate.of(2024, 10, 8)))
                .recordPayment(grant, FinanceLevel.CITY, Yuan.wan(10), LocalDate.of(2024, 10, 8), "BK-1", "pay-1"));
        ReportTable city = section(ReportKind.TARGETS, new ReportScope(ReportPeriod.year(2024), null));
        assertThat(city.key()).isEqualTo("rare-earth.measures");
        assertThat(city.rows()).hasSize(15);
        assertThat(city.rows().get(4))
                .containsExactly(
                        "五、“候鸟式”工程师补助",
                        "rare-earth.5",
                        "市人社局",
                        "已报送 1 份",
                        "1 / 10 个旗县区",
                        0L,
                        0L,
                        new BigDecimal("100000.00"),
                        new BigDecimal("100000.00"));
        assertThat(city.rows().get(0).get(5)).as("teams reported in 2024").isEqualTo(3L);
        assertThat(city.rows().get(3).get(6)).as("measure 4 pays nothing").isNull();
        assertThat(city.rows().get(11).get(2)).asString().contains("市工信局", "责任单位");
        assertThat(city.rows().get(13).get(5)).as("离岗创业 agreements begun").isEqualTo(1L);
        ReportTable kundulun = section(ReportKind.TARGETS, new ReportScope(ReportPeriod.year(2024), "150203"));
        assertThat(kundulun.rows().get(4).subList(4, 9))
                .containsExactly("未报送", 0L, 0L, new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(kundulun.rows().get(0).get(5)).isEqualTo(0L);
        ReportTable zone = section(ReportKind.TARGETS, new ReportScope(ReportPeriod.year(2024), "150271"));
        assertThat(zone.rows().get(4).get(4)).isEqualTo("已报送");
        assertThat(zone.rows().get(1).get(5))
                .as("a PhD and a master of the zone's enterprise")
                .isEqualTo(2L);
    }

    @Test
    @Order(11)
    void theFundsSectionGivesEachPayingMeasuresMoneyByFinanceWithItsClauseFromTheLedger() {
        ReportTable city = section(ReportKind.FUNDS, new ReportScope(ReportPeriod.year(2024), null));
        assertThat(city.key()).isEqualTo("rare-earth.funds");
        assertThat(city.rows()).hasSize(11);
        assertThat(city.rows())
                .extracting(r -> r.get(1))
                .containsExactly(
                        "rare-earth.1",
                        "rare-earth.2",
                        "rare-earth.3",
                        "rare-earth.5",
                        "rare-earth.6",
                        "rare-earth.8",
                        "rare-earth.10",
                        "rare-earth.11",
                        "rare-earth.12",
                        "rare-earth.13",
                        null);
        BigDecimal wan10 = new BigDecimal("100000.00");
        BigDecimal none = new BigDecimal("0.00");
        assertThat(city.rows().get(3))
                .containsExactly("五、“候鸟式”工程师补助", "rare-earth.5", 1L, wan10, wan10, none, wan10, none, wan10, none);
        assertThat(city.rows().get(10).subList(2, 4)).containsExactly(1L, wan10);
        assertThat(section(ReportKind.FUNDS, new ReportScope(ReportPeriod.year(2024), "150203"))
                        .rows()
                        .get(3)
                        .subList(2, 4))
                .containsExactly(0L, none);
        assertThat(section(ReportKind.FUNDS, new ReportScope(ReportPeriod.year(2023), null))
                        .rows()
                        .get(10)
                        .get(2))
                .isEqualTo(0L);
        assertThat(db.<List<ReportTable>>work(em -> new RareEarthSections(em)
                        .sections(ReportKind.RETENTION, ReportScope.city(ReportPeriod.year(2024)))))
                .isEmpty();
    }

    @Test
    @Order(12)
    void theBoardTeamsAndProblemsExportAsThePagesListThemWithinTheCallersScope() {
        Messages zh = Messages.in(Messages.CHINESE);
        ReportTable board =
                db.work(em -> BoardWorkbookResource.table(overview(em).board(AS_OF), zh));
        assertThat(board.rows()).hasSize(15);
        assertThat(board.rows().get(4).subList(1, 10))
                .containsExactly(
                        "rare-earth.5",
                        "市人社局",
                        "市住建局、市财政局、各旗县区",
                        "人社局",
                        "稀土措施办事流程",
                        "1 / 10",
                        1L,
                        new BigDecimal("100000.00"),
                        new BigDecimal("100000.00"));
        assertThat((String) board.rows().get(0).get(10)).isEqualTo("引进高精尖人才团队：2（无计划）");
        assertThat((String) board.rows().get(5).get(10)).startsWith("独立和联合培养研究生：0 / 约 100 名");
        assertThat((String) board.rows().get(8).get(10)).startsWith("筛选关键核心技术难题（揭榜挂帅）：");
        ReportTable teams = db.work(em -> TeamsWorkbookResource.table(
                new TeamDesk(em, Callers.enterprise(magnet), null, RareEarthDatabase.CLOCK).year(2024),
                new RegistryNames(em),
                zh));
        assertThat(teams.rows()).hasSize(3);
        assertThat(teams.rows().get(0))
                .containsExactly(
                        "稀土永磁团队 2024-06-01",
                        "磁性材料",
                        "包头示范稀土永磁材料有限公司",
                        "包头稀土高新技术产业开发区",
                        "王堃",
                        6L,
                        LocalDate.of(2024, 6, 1),
                        "一事一议：项目资金 500 万元",
                        "待认定",
                        null);
        ReportTable other = db.work(em -> TeamsWorkbookResource.table(
                new TeamDesk(em, Callers.districtOffice("150203"), null, RareEarthDatabase.CLOCK).year(2024),
                new RegistryNames(em),
                zh));
        assertThat(other.rows()).isEmpty();
        ReportTable problems = db.work(em -> ProblemsWorkbookResource.table(
                new ProblemDesk(em, Callers.cityOffice(), null, RareEarthDatabase.CLOCK).year(2025),
                new KeyProblems(em),
                new RegistryNames(em),
                zh));
        assertThat(problems.rows())
                .extracting(r -> r.get(0) + " " + r.get(6) + " " + r.get(7) + " " + r.get(8))
                .containsExactly("稀土抛光粉回收再利用关键技术 张榜中 0 null", "高丰度稀土永磁材料晶界扩散关键技术 验收通过 1 包头示范稀土永磁材料有限公司");
    }

    private ReportTable section(ReportKind kind, ReportScope scope) {
        return db.work(em -> new RareEarthSections(em).sections(kind, scope).get(0));
    }

    private <T> T records(Caller c, Function<RecordDesk, T> work) {
        return db.work(em -> work.apply(new RecordDesk(em, c, RareEarthDatabase.CLOCK)));
    }

    private MeasureOverview overview(jakarta.persistence.EntityManager em) {
        MeasureDesk desk = new MeasureDesk(em, null, null, Callers.cityOffice(), RareEarthDatabase.CLOCK);
        return new MeasureOverview(desk, new PolicyParameters(em), new MeasureFunding(em), targets(em));
    }

    private RareEarthTargets targets(jakarta.persistence.EntityManager em) {
        return new RareEarthTargets(new PolicyParameters(em), new TalentCounts(em), new TargetCounts(em));
    }

    private TargetProgress target(String clause, String label) {
        return db.work(em -> targets(em).progress(ReportPeriod.year(2024)).stream()
                .filter(t -> t.clauseId().equals(clause) && t.key().equals("rareEarth." + label))
                .findFirst()
                .orElseThrow());
    }

    private long team(String on) {
        return teams(
                        Callers.enterprise(magnet),
                        d -> d.report(
                                new TeamForm(null, "稀土永磁团队 " + on, "MAGNETIC", "王堃", "6", on, "一事一议：项目资金 500 万元")))
                .id();
    }

    private <T> T teams(Caller c, Function<TeamDesk, T> work) {
        return db.work(em -> work.apply(new TeamDesk(em, c, db.activity(em, c), RareEarthDatabase.CLOCK)));
    }

    private <T> T desk(Caller c, Function<MeasureDesk, T> work) {
        return db.work(em -> work.apply(new MeasureDesk(
                em,
                new DocumentStore(em, new DocumentFiles(files), 1_000_000, c, RareEarthDatabase.CLOCK),
                new DocumentFiles(files),
                c,
                RareEarthDatabase.CLOCK)));
    }

    static FilingForm form(String kind, String department) {
        return new FilingForm(kind, "稀土措施办事流程", "2022-06-01", department, null, "细则.pdf");
    }

    static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream(SampleFiles.pdf("细则"));
    }
}
