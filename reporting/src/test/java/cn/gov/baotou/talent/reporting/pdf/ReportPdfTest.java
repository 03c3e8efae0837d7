package cn.gov.baotou.talent.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.reporting.pdf.control.ReportDocument;
import cn.gov.baotou.talent.reporting.report.Fixtures;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each of the four reports rendered from fixture data as the modules would give it, read back with PDFBox: the
 * figures, the first page's facts, page numbers, the contents' page numbers, every font embedded, no raster image,
 * PDF/A-2b by veraPDF. The PDFs are left in target/ to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfTest {

    /** 273 of 365 days of 2022 have passed: 74.8 %. */
    static final LocalDate TODAY = LocalDate.of(2022, 9, 30);

    byte[] targets;
    byte[] targetsEn;
    byte[] funds;
    byte[] targets2025;
    byte[] retention;
    byte[] services;

    @BeforeAll
    void render() throws Exception {
        targets = render(Fixtures.targets("zh"), "targets");
        targetsEn = render(Fixtures.targets("en"), "targets-en");
        funds = render(Fixtures.funds("zh"), "funds");
        targets2025 = new ReportDocument(Fixtures.targets2025("zh"), Fixtures.names(), LocalDate.of(2026, 6, 15)).pdf();
        Files.write(Path.of("target", "report-targets-2025.pdf"), targets2025);
        retention = render(Fixtures.retention("zh"), "retention");
        services = render(Fixtures.services("zh"), "services");
    }

    @Test
    void theFirstPageSaysWhatWhenFromWhichParametersAndCountsTheTargetsByStatus() throws Exception {
        String page1 = flat(PdfChecks.text(targets, 1));
        assertThat(page1)
                .contains(
                        "包头市人才政策目标任务完成情况",
                        "内部资料",
                        "包头市委人才工作领导小组办公室",
                        "2022年度（2022-01-01至2022-12-31）",
                        "全市（9个旗县区及稀土高新区）",
                        "2026-12-0610:30（北京时间）",
                        "政策参数2022版");
        // 达成: 34/30 PhDs, 14/10 rare-earth PhDs, 1234/1000 trained; 进行中: 47/50 masters (94 % > 74.8 %);
        // 滞后: the other four
        assertThat(page1).contains("3达成", "1进行中", "4滞后");
        assertThat(page1)
                .contains(
                        "引进博士研究生intake.1名3034113.3%达成",
                        "引进硕士研究生intake.1名1006161.0%滞后",
                        "稀土企业引进硕士rare-earth.2名504794.0%进行中",
                        "揭榜挂帅技术难题rare-earth.9项5–10240.0%滞后",
                        "截至2022-09-30已过74.8%");
    }

    @Test
    void aYearWithoutThePlanShowsItsFiguresAsNoPlanAndTheCumulativeViewJudgesThemAgainst2022sPlan() throws Exception {
        String page1 = flat(PdfChecks.text(targets2025, 1));
        assertThat(page1)
                .contains("引进博士研究生intake.1名-12无计划", "高精尖人才团队rare-earth.1个-1无计划", "揭榜挂帅技术难题rare-earth.9项5–106120.0%达成")
                .contains("1达成", "1进行中", "0滞后")
                .as("rare-earth.6's 100 名左右 is no minimum: about 100, short of it in progress, never behind")
                .contains("独立和联合培养研究生rare-earth.6名约1008080.0%进行中");
        String all = flat(PdfChecks.text(targets2025));
        assertThat(all)
                .contains("一年期目标累计完成情况")
                .contains("引进博士研究生intake.12022-01-01—2025-12-312022名304314")
                .contains("达成")
                .contains("引进硕士研究生intake.12022-01-01—2025-12-312022名1009999.0%滞后")
                .contains("待市委人才办确认");
        PdfChecks.validPdfA2b(targets2025);
    }

    @Test
    void aLongReportHasContentsWithThePagesEachChapterStartsOn() throws Exception {
        int pages = PdfChecks.pages(targets);
        assertThat(pages).isGreaterThan(4);
        String contents = flat(PdfChecks.text(targets, 2));
        assertThat(contents).contains("目", "录");
        for (String chapter : List.of("二、重点产业博士硕士引进行动计划", "四、支持促进稀土产业人才发展的若干措施", "五、附表")) {
            var m = Pattern.compile(Pattern.quote(chapter) + "(\\d+)").matcher(contents);
            assertThat(m.find()).as(chapter).isTrue();
            int listed = Integer.parseInt(m.group(1));
            assertThat(flat(PdfChecks.text(targets, listed)))
                    .as(chapter + " on page " + listed)
                    .contains(chapter);
        }
        for (int p = 2; p <= pages; p++) {
            assertThat(flat(PdfChecks.text(targets, p))).contains("第" + p + "页/共" + pages + "页");
        }
    }

    @Test
    void breakdownsShowEveryDistrictWithZerosAndTheModulesSections() throws Exception {
        String all = flat(PdfChecks.text(targets));
        assertThat(all).contains("分旗县区完成情况", "东河区010", "稀土高新区2030", "合计3461");
        assertThat(all).contains("分产业完成情况", "农畜产品加工00", "分月份完成情况", "2022-12");
        // names beyond GB2312 read back from the embedded font
        assertThat(all).contains("王堃", "李喆", "2022-06-03", "依据条款：intake.3.1");
    }

    @Test
    void englishWhenAskedFor() throws Exception {
        String page1 = PdfChecks.text(targetsEn, 1);
        assertThat(page1).contains("Baotou talent policies: progress on targets", "INTERNAL", "Achieved", "Behind");
        int pages = PdfChecks.pages(targetsEn);
        assertThat(PdfChecks.text(targetsEn, 3)).contains("Page 3 of", String.valueOf(pages));
    }

    @Test
    void tablesFormatMoneyPercentagesAndDates() throws Exception {
        String all = flat(PdfChecks.text(funds));
        assertThat(all).contains("包头市人才政策资金拨付情况", "市级财政121,100,000.00900,000.0050,000.0081.8%");
        assertThat(all).contains("张赟0稀土高新区2022-05-01100,000.0030");
        String retained = flat(PdfChecks.text(retention));
        assertThat(retained).contains("优秀1212.0%", "2022-01-012027-01-01");
        String served = flat(PdfChecks.text(services, 1));
        assertThat(served).contains("稀土高新区", "已办结4092.5%4.6");
    }

    @Test
    void shortReportsHaveNoContents() throws Exception {
        assertThat(PdfChecks.pages(services)).isEqualTo(1);
        byte[] empty = new ReportDocument(
                        new ReportData(
                                ReportKind.FUNDS,
                                ReportScope.city(Fixtures.Y2022),
                                "zh",
                                Fixtures.GENERATED,
                                "2022",
                                List.of(),
                                List.of()),
                        Fixtures.names(),
                        TODAY)
                .pdf();
        assertThat(PdfChecks.pages(empty)).isEqualTo(1);
        assertThat(PdfChecks.text(empty)).contains("包头市人才政策资金拨付情况").doesNotContain("目　　录");
    }

    @Test
    void everyReportEmbedsItsFontsDrawsChartsAsVectorsAndIsPdfA() throws Exception {
        for (byte[] pdf : List.of(targets, targetsEn, funds, retention, services)) {
            PdfChecks.fontsEmbeddedAndVector(pdf);
            PdfChecks.validPdfA2b(pdf);
        }
    }

    private static byte[] render(ReportData data, String name) throws Exception {
        byte[] pdf = new ReportDocument(data, Fixtures.names(), TODAY).pdf();
        Files.write(Path.of("target", name + "-fixture.pdf"), pdf);
        return pdf;
    }

    /** The text without white space, as the extraction spaces it unevenly. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
