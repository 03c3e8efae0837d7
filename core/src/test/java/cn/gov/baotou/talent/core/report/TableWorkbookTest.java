package cn.gov.baotou.talent.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TableWorkbookTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text("姓名", "Name"),
            Column.count("人数", "People"),
            Column.money("金额（元）", "Yuan"),
            Column.date("日期", "Date"));

    @Test
    void oneSheetPerTableWithNumbersAsNumbers() throws Exception {
        ReportTable hires = new ReportTable(
                "hires",
                "引进人员",
                "Hires",
                "intake.1",
                COLUMNS,
                List.of(Arrays.asList("王堃", 1L, new BigDecimal("200000.00"), LocalDate.of(2024, 9, 27))));
        ReportTable empty = new ReportTable("none", "离职人员", "Departures", null, COLUMNS, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWorkbook.write(List.of(hires, empty), "2024 年", "zh", out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("引进人员", "离职人员");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(TableWorkbook.HEADER_ROW).getCellText(2)).isEqualTo("金额（元）");
            Row data = rows.get(TableWorkbook.HEADER_ROW + 1);
            assertThat(data.getCellText(0)).isEqualTo("王堃");
            assertThat(data.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(data.getCell(2).asNumber()).isEqualByComparingTo("200000");
        }
    }

    @Test
    void aCellOfTheWrongKindIsRefused() {
        assertThatThrownBy(() ->
                        new ReportTable("bad", "坏表", null, null, COLUMNS, List.of(Arrays.asList("王", "1", null, null))))
                .hasMessageContaining("COUNT");
    }

    @Test
    void longOrRepeatedTitlesMakeValidSheetNames() throws Exception {
        String longTitle = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五";
        List<ReportTable> tables = List.of(
                new ReportTable("a", longTitle, null, null, COLUMNS, List.of()),
                new ReportTable("b", longTitle, null, null, COLUMNS, List.of()),
                new ReportTable("c", "a/b:c", null, null, COLUMNS, List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWorkbook.write(tables, "-", "zh", out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList())
                    .hasSize(3)
                    .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31))
                    .doesNotHaveDuplicates()
                    .contains("a b c");
        }
    }
}
