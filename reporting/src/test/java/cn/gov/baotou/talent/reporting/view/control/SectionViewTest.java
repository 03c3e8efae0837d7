package cn.gov.baotou.talent.reporting.view.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionViewTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text("财政", "Finance"),
            Column.count("笔数", "Payments"),
            Column.money("金额（元）", "Yuan"),
            Column.percent("占比", "Share"),
            Column.date("到期日", "Due"));

    @Test
    void everyKindOfCellIsWrittenAsReadAndNumbersAreAlignedRight() {
        ReportTable table = new ReportTable(
                "funds.byFinance",
                "按财政拨付",
                "Paid by finance",
                "intake.3.2.1",
                COLUMNS,
                List.of(
                        List.of(
                                "市财政",
                                1234L,
                                new BigDecimal("2500000"),
                                new BigDecimal("0.125"),
                                LocalDate.of(2025, 3, 14)),
                        Arrays.asList("昆都仑区财政", null, null, null, null)));
        SectionView view = SectionView.of(table, "zh", 200);
        assertThat(view.title()).isEqualTo("按财政拨付");
        assertThat(view.headers())
                .extracting(SectionView.Header::numeric)
                .containsExactly(false, true, true, true, false);
        assertThat(view.rows().get(0).cells())
                .extracting(SectionView.Cell::text)
                .containsExactly("市财政", "1,234", "2,500,000.00", "12.5%", "2025-03-14");
        assertThat(view.rows().get(1).cells())
                .extracting(SectionView.Cell::text)
                .containsExactly("昆都仑区财政", "", "", "", "");
        assertThat(view.rows()).extracting(SectionView.Row::total).containsExactly(false, false);
        assertThat(SectionView.of(table, "en", 200).headers().get(2).text()).isEqualTo("Yuan");
        assertThat(view.cut()).isFalse();
    }

    @Test
    void theSumRowIsMarked() {
        ReportTable table = new ReportTable(
                "k",
                "t",
                null,
                null,
                List.of(Column.text("财政", "Finance"), Column.count("笔数", "Count")),
                List.of(List.of("市财政", 2L), List.of("合计", 2L)));
        assertThat(SectionView.of(table, "zh", 200).rows())
                .extracting(SectionView.Row::total)
                .containsExactly(false, true);
    }

    @Test
    void aLongSectionIsShownInPartAndSaysSo() {
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < 250; i++) {
            rows.add(List.of("第 " + i + " 行", i, BigDecimal.ONE, BigDecimal.ZERO, LocalDate.of(2025, 1, 1)));
        }
        SectionView view = SectionView.of(new ReportTable("k", "长表", null, null, COLUMNS, rows), "zh", 200);
        assertThat(view.rows()).hasSize(200);
        assertThat(view.totalRows()).isEqualTo(250);
        assertThat(view.cut()).isTrue();
    }
}
