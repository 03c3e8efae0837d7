package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.intake.demand.boundary.CatalogEntry;
import cn.gov.baotou.talent.intake.demand.boundary.CatalogPdf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The catalog as PDF through core's {@link TablePdf}, with a stand-in for reporting's renderer that keeps what it was
 * given: the heading and filters in the reader's language, one row per demand, numbers and dates as such.
 */
class CatalogPdfTest {

    /** What the renderer was asked for. */
    record Asked(String title, String subtitle, List<ReportTable> tables, String language) {}

    final List<Asked> asked = new ArrayList<>();
    final TablePdf renderer = (title, subtitle, tables, language) -> {
        asked.add(new Asked(title, subtitle, tables, language));
        return "%PDF-stand-in".getBytes(StandardCharsets.US_ASCII);
    };

    static CatalogEntry entry(long id, String salaryMin, String salaryMax) {
        return new CatalogEntry(
                id,
                "包头示范稀土永磁材料有限公司",
                "150271",
                "包头稀土高新技术产业开发区",
                "NEW_MATERIALS",
                "新型材料",
                "永磁材料研发工程师",
                3,
                "DOCTOR",
                "博士研究生",
                "08",
                "工学",
                "材料科学与工程",
                "RESEARCH_DEVELOPMENT",
                "产品研发",
                "高性能钕铁硼磁体研发",
                salaryMin,
                salaryMax,
                "稀土高新区",
                "0472-5100001",
                "hr@example.cn",
                LocalDate.of(2022, 5, 30));
    }

    @Test
    void theRendererGetsTheHeadingTheFiltersAndOneRowPerDemandInChinese() {
        byte[] pdf = CatalogPdf.render(
                renderer,
                List.of(entry(1, "300000.00", "500000.00"), entry(2, null, null)),
                "产业：新型材料",
                Messages.in(Messages.CHINESE));
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF");
        Asked a = asked.get(0);
        assertThat(a.title()).isEqualTo("包头市重点产业岗位需求目录");
        assertThat(a.subtitle()).isEqualTo("筛选条件：产业：新型材料　共 2 条");
        assertThat(a.language()).isEqualTo("zh");
        ReportTable t = a.tables().get(0);
        assertThat(t.clauseId()).isEqualTo("intake.5.2");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0)).startsWith(1L, "永磁材料研发工程师", "包头示范稀土永磁材料有限公司", "包头稀土高新技术产业开发区", "新型材料", "博士研究生", 3L);
        assertThat(t.rows().get(0).get(11)).isEqualTo(new BigDecimal("300000.00"));
        assertThat(t.rows().get(0).get(13)).isEqualTo("稀土高新区 / 0472-5100001 / hr@example.cn");
        assertThat(t.rows().get(0).get(14)).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(t.rows().get(1).get(11)).isNull();
        assertThat(t.columns())
                .extracting(ReportTable.Column::kind)
                .containsExactly(
                        CellKind.COUNT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.COUNT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.TEXT,
                        CellKind.MONEY,
                        CellKind.MONEY,
                        CellKind.TEXT,
                        CellKind.DATE);
    }

    @Test
    void anEnglishReaderGetsTheEnglishHeadingAndHeaders() {
        CatalogPdf.render(renderer, List.of(), "none", Messages.in(Locale.ENGLISH));
        Asked a = asked.get(0);
        assertThat(a.title()).isEqualTo("Baotou key industries: job demand catalog");
        assertThat(a.subtitle()).isEqualTo("Filters: none   0 demands");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.tables().get(0).columns().get(1).header("en")).isEqualTo("Position");
        assertThat(a.tables().get(0).columns().get(1).header("zh")).isEqualTo("岗位");
    }
}
