package cn.gov.baotou.talent.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.reporting.pdf.boundary.TablesAsPdf;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A module's list as PDF through core's TablePdf: the title, what was chosen, the rows, every page marked. */
class TablesAsPdfTest {

    @Test
    void aListAsPdfA() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of(
                    "材料研发工程师" + i,
                    "包头稀土磁材有限公司",
                    2L + i % 3,
                    new BigDecimal("300000.00"),
                    LocalDate.of(2024, 3, 1 + i % 28)));
        }
        ReportTable catalog = new ReportTable(
                "intake.catalog",
                "岗位需求目录",
                "Job demand catalog",
                "intake.4",
                List.of(
                        Column.text("岗位", "Position"),
                        Column.text("企业", "Enterprise"),
                        Column.count("人数", "People"),
                        Column.money("年薪（元）", "Salary (yuan)"),
                        Column.date("发布日期", "Published")),
                rows);
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), Beijing.ZONE);

        byte[] pdf = new TablesAsPdf(clock).pdf("包头市重点产业岗位需求目录", "产业：新型材料；学历：博士", List.of(catalog), "zh");

        String text = PdfChecks.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("包头市重点产业岗位需求目录", "产业：新型材料；学历：博士", "2024-06-0110:00", "内部资料");
        assertThat(text).contains("材料研发工程师79包头稀土磁材有限公司3300,000.002024-03-24");
        assertThat(text).contains("第3页/共3页");
        PdfChecks.fontsEmbeddedAndVector(pdf);
        PdfChecks.validPdfA2b(pdf);
    }
}
