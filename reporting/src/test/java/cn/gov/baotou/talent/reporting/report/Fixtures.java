package cn.gov.baotou.talent.reporting.report;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Breakdown;
import cn.gov.baotou.talent.core.target.control.TargetProgress.Dimension;
import cn.gov.baotou.talent.reporting.report.control.ReferenceNames;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Report data as the modules would give it, for rendering tests without a database. */
public final class Fixtures {

    public static final Instant GENERATED = Instant.parse("2026-12-06T02:30:00Z");
    public static final ReportPeriod Y2022 = ReportPeriod.year(2022);

    private Fixtures() {}

    public static ReferenceNames names() {
        SeedFiles seeds = new SeedFiles(Fixtures.class.getClassLoader());
        List<ReferenceNames.Name> districts = seeds.csv("seeds/reference/districts.csv").stream()
                .map(r -> new ReferenceNames.Name(r.get("code"), r.get("shortName"), r.get("nameEn")))
                .toList();
        List<ReferenceNames.Name> industries = seeds.csv("seeds/reference/industries.csv").stream()
                .map(r -> new ReferenceNames.Name(r.get("code"), r.get("name"), r.get("nameEn")))
                .toList();
        List<ReferenceNames.Name> policies = List.of(
                new ReferenceNames.Name("intake", "重点产业博士硕士引进行动计划", "PhD and Master Intake Action Plan"),
                new ReferenceNames.Name("services-plan", "重点企业人才精准服务计划", "Key-Enterprise Targeted Talent Service Plan"),
                new ReferenceNames.Name("rare-earth", "支持促进稀土产业人才发展的若干措施", "Rare-Earth Talent Measures"));
        return new ReferenceNames(districts, industries, policies);
    }

    public static ReportData targets(String language) {
        List<TargetProgress> targets = List.of(
                target(
                        "intake",
                        "intake.target.doctors",
                        "intake.1",
                        "引进博士研究生",
                        "PhDs brought in",
                        "名",
                        30,
                        null,
                        34,
                        "150271",
                        20,
                        "150203",
                        9,
                        "150207",
                        5),
                target(
                        "intake",
                        "intake.target.masters",
                        "intake.1",
                        "引进硕士研究生",
                        "Masters brought in",
                        "名",
                        100,
                        null,
                        61,
                        "150271",
                        30,
                        "150203",
                        21,
                        "150202",
                        10),
                target(
                        "services-plan",
                        "svc.nominations",
                        "services-plan.4",
                        "重点企业人才提名",
                        "Nominations",
                        "名",
                        40,
                        null,
                        12,
                        "150271",
                        8,
                        "150204",
                        4),
                target(
                        "rare-earth",
                        "re.teams",
                        "rare-earth.1",
                        "高精尖人才团队",
                        "High-end teams",
                        "个",
                        5,
                        null,
                        3,
                        "150271",
                        3),
                target(
                        "rare-earth",
                        "re.doctors",
                        "rare-earth.2",
                        "稀土企业引进博士",
                        "PhDs in rare-earth enterprises",
                        "名",
                        10,
                        null,
                        14,
                        "150271",
                        14),
                target(
                        "rare-earth",
                        "re.masters",
                        "rare-earth.2",
                        "稀土企业引进硕士",
                        "Masters in rare-earth enterprises",
                        "名",
                        50,
                        null,
                        47,
                        "150271",
                        40,
                        "150203",
                        7),
                target(
                        "rare-earth",
                        "re.trained",
                        "rare-earth.7",
                        "院校培养人才",
                        "Talents trained",
                        "人",
                        1000,
                        null,
                        1234,
                        "150271",
                        800,
                        "150207",
                        434),
                target(
                        "rare-earth",
                        "re.problems",
                        "rare-earth.9",
                        "揭榜挂帅技术难题",
                        "Key problems (open call)",
                        "项",
                        5,
                        10,
                        2,
                        "150271",
                        2));
        ReportTable exceptions = new ReportTable(
                "intake.exceptions",
                "原则上例外（年龄超过 40 周岁的博士）",
                "Exceptions granted under 原则上",
                "intake.3.1",
                List.of(
                        Column.text("姓名", "Name"),
                        Column.text("企业", "Enterprise"),
                        Column.date("批准日期", "Approved on"),
                        Column.text("理由", "Reason")),
                List.of(
                        List.of("王堃", "包头稀土磁材有限公司", LocalDate.of(2022, 6, 3), "急需的磁性材料方向学科带头人"),
                        List.of("李喆", "包头储氢材料科技有限公司", LocalDate.of(2022, 9, 14), "国家重点研发计划项目负责人")));
        return new ReportData(
                ReportKind.TARGETS, ReportScope.city(Y2022), language, GENERATED, "2022", targets, List.of(exceptions));
    }

    /**
     * 2025 as intake.1 and rare-earth.1 read it: targets of 2022 only, so 2025 shows what was achieved with no plan,
     * and the cumulative view 2022–2025 sums it against 2022's plan; rare-earth.9 is yearly and planned in 2025.
     */
    public static ReportData targets2025(String language) {
        ReportPeriod y2025 = ReportPeriod.year(2025);
        List<TargetProgress> targets = List.of(
                unplanned("intake", "intake.target.doctors", "intake.1", "引进博士研究生", "PhDs brought in", "名", 12),
                unplanned("intake", "intake.target.masters", "intake.1", "引进硕士研究生", "Masters brought in", "名", 20),
                unplanned("rare-earth", "re.teams", "rare-earth.1", "高精尖人才团队", "High-end teams", "个", 1),
                new TargetProgress(
                        "rare-earth",
                        "re.graduates",
                        "rare-earth.6",
                        "独立和联合培养研究生",
                        "Graduates trained",
                        "名",
                        BigDecimal.valueOf(100),
                        null,
                        BigDecimal.valueOf(80),
                        List.of(),
                        TargetProgress.Cadence.YEARLY,
                        2025,
                        true),
                target(
                        "rare-earth",
                        "re.problems",
                        "rare-earth.9",
                        "揭榜挂帅技术难题",
                        "Key problems (open call)",
                        "项",
                        5,
                        10,
                        6,
                        "150271",
                        6));
        ReportPeriod sum = new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
        List<CumulativeProgress> cumulative = List.of(
                new CumulativeProgress(
                        sum,
                        2022,
                        List.of(
                                planned2022("intake", "intake.target.doctors", "intake.1", "引进博士研究生", 30, 43),
                                planned2022("intake", "intake.target.masters", "intake.1", "引进硕士研究生", 100, 99))),
                new CumulativeProgress(
                        sum, 2022, List.of(planned2022("rare-earth", "re.teams", "rare-earth.1", "高精尖人才团队", 5, 7))));
        return new ReportData(
                ReportKind.TARGETS,
                ReportScope.city(y2025),
                language,
                GENERATED,
                "2022",
                targets,
                List.of(),
                cumulative);
    }

    static TargetProgress unplanned(
            String policy, String key, String clause, String label, String labelEn, String unit, int achieved) {
        return new TargetProgress(
                policy,
                key,
                clause,
                label,
                labelEn,
                unit,
                null,
                null,
                BigDecimal.valueOf(achieved),
                List.of(new Breakdown(Dimension.DISTRICT, "150271", "150271", BigDecimal.valueOf(achieved))),
                TargetProgress.Cadence.ONE_YEAR,
                null,
                false);
    }

    static TargetProgress planned2022(String policy, String key, String clause, String label, int plan, int achieved) {
        return new TargetProgress(
                policy,
                key,
                clause,
                label,
                label,
                "名",
                BigDecimal.valueOf(plan),
                null,
                BigDecimal.valueOf(achieved),
                List.of(),
                TargetProgress.Cadence.ONE_YEAR,
                2022,
                false);
    }

    public static ReportData funds(String language) {
        ReportTable byLevel = new ReportTable(
                "core.funds.byFinance",
                "按财政级次",
                "By finance",
                null,
                List.of(
                        Column.text("财政", "Finance"),
                        Column.count("笔数", "Grants"),
                        Column.money("承诺（元）", "Committed (yuan)"),
                        Column.money("已拨付（元）", "Paid (yuan)"),
                        Column.money("追回（元）", "Recovered (yuan)"),
                        Column.percent("拨付率", "Paid share")),
                List.of(
                        List.of(
                                "市级财政",
                                12L,
                                new BigDecimal("1100000.00"),
                                new BigDecimal("900000.00"),
                                new BigDecimal("50000.00"),
                                new BigDecimal("0.8182")),
                        List.of(
                                "稀土高新区",
                                10L,
                                new BigDecimal("1000000.00"),
                                new BigDecimal("850000.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.85"))));
        List<List<Object>> overdue = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            overdue.add(List.of(
                    "张赟" + i, "稀土高新区", LocalDate.of(2022, 5, 1 + i % 28), new BigDecimal("100000.00"), 30L + i));
        }
        ReportTable late = new ReportTable(
                "core.funds.overdue",
                "逾期未拨付",
                "Overdue payments",
                "intake.3.2.1",
                List.of(
                        Column.text("受益人", "Beneficiary"),
                        Column.text("财政", "Finance"),
                        Column.date("应拨付日", "Due"),
                        Column.money("金额（元）", "Amount (yuan)"),
                        Column.count("逾期天数", "Days overdue")),
                overdue);
        return new ReportData(
                ReportKind.FUNDS,
                ReportScope.city(Y2022),
                language,
                GENERATED,
                "2022",
                List.of(),
                List.of(byLevel, late));
    }

    /** The retention report as intake would give it: a long list (several pages) and a summary with rates. */
    public static ReportData retention(String language) {
        List<List<Object>> hires = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            hires.add(List.of(
                    "刘玥" + i,
                    i % 5 == 0 ? "博士" : "硕士",
                    i % 2 == 0 ? "稀土高新区" : "昆区",
                    LocalDate.of(2022, 1 + i % 12, 1 + i % 28),
                    LocalDate.of(2027, 1 + i % 12, 1 + i % 28),
                    (long) (i % 60)));
        }
        ReportTable inService = new ReportTable(
                "intake.inService",
                "服务期内人员",
                "Hires in their service period",
                "intake.5.4",
                List.of(
                        Column.text("姓名", "Name"),
                        Column.text("学历", "Degree"),
                        Column.text("属地", "District"),
                        Column.date("协议签订", "Signed"),
                        Column.date("服务期至", "Serves until"),
                        Column.count("已服务月数", "Months served")),
                hires);
        ReportTable evaluations = new ReportTable(
                "intake.evaluations",
                "年度考核结果",
                "Annual evaluations",
                "intake.5.4",
                List.of(Column.text("结果", "Result"), Column.count("人数", "People"), Column.percent("占比", "Share")),
                List.of(
                        List.of("优秀", 12L, new BigDecimal("0.1200")),
                        List.of("合格", 85L, new BigDecimal("0.8500")),
                        List.of("不合格", 3L, new BigDecimal("0.0300"))));
        return new ReportData(
                ReportKind.RETENTION,
                ReportScope.city(Y2022),
                language,
                GENERATED,
                "2022",
                List.of(),
                List.of(evaluations, inService));
    }

    /** The services report of one district, as the services plan would give it. */
    public static ReportData services(String language) {
        ReportTable requests = new ReportTable(
                "svc.requests",
                "服务需求办理情况",
                "Service requests",
                "services-plan.6.2",
                List.of(
                        Column.text("状态", "Status"),
                        Column.count("件数", "Requests"),
                        Column.percent("按期办结率", "On time"),
                        Column.text("平均评分", "Mean rating")),
                List.of(
                        List.of("已办结", 40L, new BigDecimal("0.925"), "4.6"),
                        List.of("办理中", 7L, new BigDecimal("0.0"), "-")));
        return new ReportData(
                ReportKind.SERVICES,
                new ReportScope(Y2022, "150271"),
                language,
                GENERATED,
                "2022",
                List.of(),
                List.of(requests));
    }

    static TargetProgress target(
            String policy,
            String key,
            String clause,
            String label,
            String labelEn,
            String unit,
            int planned,
            Integer max,
            int achieved,
            Object... districts) {
        List<Breakdown> b = new ArrayList<>();
        for (int i = 0; i < districts.length; i += 2) {
            b.add(new Breakdown(
                    Dimension.DISTRICT, (String) districts[i], (String) districts[i], BigDecimal.valueOf((Integer)
                            districts[i + 1])));
        }
        int left = achieved;
        String[] industries = {"NEW_MATERIALS", "MODERN_ENERGY", "EQUIPMENT_MANUFACTURING"};
        for (int m = 1; m <= 12 && left > 0; m++) {
            int n = Math.min(left, Math.max(1, achieved / 9));
            b.add(new Breakdown(Dimension.MONTH, String.format("2022-%02d", m), null, BigDecimal.valueOf(n)));
            b.add(new Breakdown(Dimension.INDUSTRY, industries[m % 3], null, BigDecimal.valueOf(n)));
            left -= n;
        }
        return new TargetProgress(
                policy,
                key,
                clause,
                label,
                labelEn,
                unit,
                BigDecimal.valueOf(planned),
                max == null ? null : BigDecimal.valueOf(max),
                BigDecimal.valueOf(achieved),
                b);
    }
}
