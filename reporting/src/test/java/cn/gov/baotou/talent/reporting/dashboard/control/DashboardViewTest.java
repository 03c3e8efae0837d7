package cn.gov.baotou.talent.reporting.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardViewTest {

    private static final ReportPeriod Y2025 = ReportPeriod.year(2025);
    private static final Map<String, String> DISTRICTS = new LinkedHashMap<>(Map.of());

    static {
        DISTRICTS.put("150202", "东河区");
        DISTRICTS.put("150203", "昆区");
        DISTRICTS.put("150271", "稀土高新区");
    }

    @Test
    void eachPolicyGetsItsTargetsInThePoliciesOrderWithAChart() {
        DashboardView view = DashboardView.of(targets(), Y2025, context(), null);
        assertThat(view.policies())
                .extracting(PolicyBlock::policyId)
                .containsExactly("intake", "services-plan", "rare-earth");
        PolicyBlock intake = view.policies().get(0);
        assertThat(intake.title()).isEqualTo("重点产业博士硕士引进行动计划");
        assertThat(intake.targets())
                .extracting(TargetLine::label, TargetLine::planned, TargetLine::achieved)
                .containsExactly(tuple("引进博士研究生", "30", "31"), tuple("引进硕士研究生", "100", "40"));
        assertThat(intake.completionChart()).startsWith("<svg").contains("引进博士研究生");
        assertThat(view.count(TargetStatus.MET)).isEqualTo(1);
        assertThat(view.count(TargetStatus.LAGGING)).isEqualTo(2);
        assertThat(view.planned()).isEqualTo(3);
    }

    @Test
    void figuresWithoutAPlanAreCountedAndOnlyWholeNumbersAreCharted() {
        PolicyBlock plan =
                DashboardView.of(targets(), Y2025, context(), null).policies().get(1);
        assertThat(plan.targets()).isEmpty();
        assertThat(plan.counted()).extracting(TargetLine::label).containsExactly("确定人选", "平均评分");
        assertThat(plan.countChart()).contains("确定人选").doesNotContain("平均评分");
    }

    @Test
    void theFirstTargetWithABreakdownIsMeasuredByDistrictWithZerosAndByMonth() {
        DashboardView view = DashboardView.of(targets(), Y2025, context(), null);
        assertThat(view.measure().key()).isEqualTo("intake.target.doctors");
        assertThat(view.districtChart()).contains("东河区：0 名", "昆区：20 名", "稀土高新区：11 名");
        assertThat(view.monthChart()).contains("3月", "12月", "年度目标 30");
        assertThat(view.districtColumns()).containsExactly("东河区", "昆区", "稀土高新区");
        assertThat(view.districtRows())
                .extracting(Breakdowns.Row::label, Breakdowns.Row::figures)
                .containsExactly(
                        tuple("引进博士研究生", List.of("0", "20", "11", "31")),
                        tuple("引进硕士研究生", List.of("0", "40", "0", "40")));
        assertThat(view.monthColumns()).hasSize(12).startsWith("1月", "2月", "3月");
        assertThat(view.monthRows()).extracting(Breakdowns.Row::label).containsExactly("引进博士研究生");
        assertThat(view.monthRows().get(0).figures())
                .hasSize(13)
                .startsWith("0", "0", "31")
                .endsWith("31");
    }

    @Test
    void anotherTargetMayBeChosenForTheBreakdown() {
        DashboardView view = DashboardView.of(targets(), Y2025, context(), "intake.target.masters");
        assertThat(view.measure().label()).isEqualTo("引进硕士研究生");
        assertThat(view.districtChart()).contains("昆区：40 名");
    }

    @Test
    void thePolicyWithNoTargetInThePeriodStillHasItsBlock() {
        DashboardView view = DashboardView.of(List.of(), Y2025, context(), null);
        assertThat(view.policies()).hasSize(3).allSatisfy(p -> assertThat(p.targets())
                .isEmpty());
        assertThat(view.measure()).isNull();
    }

    @Test
    void aOneYearTargetIn2025ShowsItsAchievementAsNoPlanAndLeadershipSeesTheSumSince2022Against2022sPlan() {
        TargetProgress doctors2025 = oneYear(null, null, 12);
        TargetProgress doctorsSum = oneYear(BigDecimal.valueOf(30), 2022, 43);
        TargetProgress mastersSum = new TargetProgress(
                "intake",
                "intake.target.masters",
                "intake.1",
                "引进硕士研究生",
                "Masters",
                "名",
                BigDecimal.valueOf(100),
                null,
                BigDecimal.valueOf(99),
                List.of(),
                TargetProgress.Cadence.ONE_YEAR,
                2022,
                false);
        CumulativeProgress sum = new CumulativeProgress(
                new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)),
                2022,
                List.of(doctorsSum, mastersSum));
        DashboardView view = DashboardView.of(List.of(doctors2025), List.of(sum), Y2025, context(), null);
        PolicyBlock intake = view.policies().get(0);
        assertThat(intake.targets()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TargetStatus.NO_PLAN);
            assertThat(t.planned()).isNull();
            assertThat(t.achieved()).isEqualTo("12");
            assertThat(t.hasPlan()).isFalse();
        });
        assertThat(intake.counted()).isEmpty();
        assertThat(intake.completionChart()).as("nothing planned in 2025").isNull();
        assertThat(view.count(TargetStatus.LAGGING))
                .as("never 滞后 against 2022's plan")
                .isZero();
        assertThat(view.count(TargetStatus.NO_PLAN)).isEqualTo(1);
        assertThat(view.planned()).isZero();
        CumulativeBlock c = intake.cumulative();
        assertThat(c.title()).isEqualTo("2022 年至 2025-12-31 累计（对照 2022 年目标）");
        assertThat(c.lines())
                .extracting(TargetLine::planned, TargetLine::achieved, TargetLine::status)
                .containsExactly(tuple("30", "43", TargetStatus.MET), tuple("100", "99", TargetStatus.LAGGING));
        assertThat(c.chart()).startsWith("<svg").contains("引进硕士研究生").doesNotContain("时间进度");
        assertThat(view.policies().get(2).cumulative()).isNull();
    }

    @Test
    void aboutAFigureIsShownAsSuchAndNeverLagging() {
        TargetProgress graduates = new TargetProgress(
                "rare-earth",
                "rareEarth.target.graduates",
                "rare-earth.6",
                "独立和联合培养研究生",
                "Graduates",
                "名",
                BigDecimal.valueOf(100),
                null,
                BigDecimal.valueOf(10),
                List.of(),
                TargetProgress.Cadence.YEARLY,
                2025,
                true);
        TargetLine line = TargetLine.of(graduates, Y2025, LocalDate.of(2025, 12, 1), false);
        assertThat(line.planned()).isEqualTo("约 100");
        assertThat(line.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetLine.of(graduates, Y2025, LocalDate.of(2025, 12, 1), true)
                        .planned())
                .isEqualTo("≈100");
    }

    private static TargetProgress oneYear(BigDecimal planned, Integer planYear, int achieved) {
        return new TargetProgress(
                "intake",
                "intake.target.doctors",
                "intake.1",
                "引进博士研究生",
                "PhDs",
                "名",
                planned,
                null,
                BigDecimal.valueOf(achieved),
                List.of(),
                TargetProgress.Cadence.ONE_YEAR,
                planYear,
                false);
    }

    private static DashboardView.Context context() {
        Map<String, DashboardView.PolicyName> policies = new LinkedHashMap<>();
        policies.put("intake", new DashboardView.PolicyName("重点产业博士硕士引进行动计划", "包府发〔2022〕18号"));
        policies.put("services-plan", new DashboardView.PolicyName("重点企业人才精准服务计划", "包府发〔2022〕18号"));
        policies.put("rare-earth", new DashboardView.PolicyName("支持促进稀土产业人才发展的若干措施", "包府发〔2022〕18号"));
        Map<String, String> texts = Map.of(
                "dashboard.monthShort", "%d月",
                "dashboard.target", "年度目标",
                "dashboard.sinceYear", "%d 年至 %s 累计（对照 %d 年目标）",
                "dashboard.timeProgress", "时间进度");
        return new DashboardView.Context(
                LocalDate.of(2026, 12, 6), DISTRICTS, policies, false, k -> texts.getOrDefault(k, k));
    }

    static List<TargetProgress> targets() {
        return List.of(
                new TargetProgress(
                        "intake",
                        "intake.target.doctors",
                        "intake.1",
                        "引进博士研究生",
                        "PhDs",
                        "名",
                        BigDecimal.valueOf(30),
                        null,
                        BigDecimal.valueOf(31),
                        List.of(
                                new Breakdown(Dimension.DISTRICT, "150203", "150203", BigDecimal.valueOf(20)),
                                new Breakdown(Dimension.DISTRICT, "150271", "150271", BigDecimal.valueOf(11)),
                                new Breakdown(Dimension.MONTH, "2025-03", "2025-03", BigDecimal.valueOf(31)))),
                new TargetProgress(
                        "intake",
                        "intake.target.masters",
                        "intake.1",
                        "引进硕士研究生",
                        "Masters",
                        "名",
                        BigDecimal.valueOf(100),
                        null,
                        BigDecimal.valueOf(40),
                        List.of(new Breakdown(Dimension.DISTRICT, "150203", "150203", BigDecimal.valueOf(40)))),
                new TargetProgress(
                        "services-plan",
                        "services-plan.nominations",
                        "services-plan.5.3",
                        "确定人选",
                        "Nominees",
                        "名",
                        null,
                        null,
                        BigDecimal.valueOf(4),
                        List.of()),
                new TargetProgress(
                        "services-plan",
                        "services-plan.rating",
                        "services-plan.6.2",
                        "平均评分",
                        "Rating",
                        "分",
                        null,
                        null,
                        new BigDecimal("4.50"),
                        List.of()),
                new TargetProgress(
                        "rare-earth",
                        "rareEarth.target.teams",
                        "rare-earth.1",
                        "高端人才团队",
                        "Teams",
                        "个",
                        BigDecimal.valueOf(5),
                        null,
                        BigDecimal.valueOf(2),
                        List.of()));
    }
}
