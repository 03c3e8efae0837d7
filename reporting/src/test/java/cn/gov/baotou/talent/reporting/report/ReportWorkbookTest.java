package cn.gov.baotou.talent.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.report.control.TableWorkbook;
import cn.gov.baotou.talent.reporting.report.control.ReportWorkbook;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The target report as Excel: the targets with their status, a sheet per policy and breakdown, then the sections. */
class ReportWorkbookTest {

    @Test
    void targetsBreakdownsAndSectionsEachOnASheetWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = ReportWorkbook.xlsx(Fixtures.targets("zh"), Fixtures.names(), LocalDate.of(2022, 9, 30));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            // the targets, 3 policies × district / industry / month, the exceptions
            assertThat(sheets).hasSize(1 + 9 + 1);
            assertThat(sheets.get(0).getName()).isEqualTo("目标任务完成情况");
            assertThat(sheets.get(10).getName()).startsWith("原则上例外");
            List<Row> targets = sheets.get(0).read();
            assertThat(targets.get(1).getCellText(0)).contains("2022-01-01", "内部资料", "2022");
            Row doctors = targets.get(TableWorkbook.HEADER_ROW + 1);
            assertThat(doctors.getCellText(1)).isEqualTo("引进博士研究生");
            assertThat(doctors.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(doctors.getCell(4).asNumber()).isEqualByComparingTo("30");
            assertThat(doctors.getCell(6).asNumber()).isEqualByComparingTo("34");
            assertThat(doctors.getCellText(8)).isEqualTo("达成");
            List<Row> byDistrict = sheets.get(1).read();
            // ten districts and the total under the headers
            assertThat(byDistrict).hasSize(TableWorkbook.HEADER_ROW + 1 + 10 + 1);
            Row zone = byDistrict.get(TableWorkbook.HEADER_ROW + 10);
            assertThat(zone.getCellText(0)).isEqualTo("稀土高新区");
            assertThat(zone.getCell(1).asNumber()).isEqualByComparingTo("20");
        }
    }

    @Test
    void aYearWithoutThePlanSaysNoPlanAndTheCumulativeViewHasItsOwnSheet() throws Exception {
        byte[] xlsx = ReportWorkbook.xlsx(Fixtures.targets2025("zh"), Fixtures.names(), LocalDate.of(2026, 6, 15));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            Row doctors = sheets.get(0).read().get(TableWorkbook.HEADER_ROW + 1);
            assertThat(doctors.getCellText(1)).isEqualTo("引进博士研究生");
            assertThat(doctors.getCellText(4)).isEmpty();
            assertThat(doctors.getCell(6).asNumber()).isEqualByComparingTo("12");
            assertThat(doctors.getCellText(8)).isEqualTo("无计划");
            assertThat(sheets.get(1).getName()).startsWith("一年期目标累计完成情况");
            List<Row> sum = sheets.get(1).read();
            Row masters = sum.get(TableWorkbook.HEADER_ROW + 2);
            assertThat(masters.getCellText(3)).isEqualTo("2022-01-01 — 2025-12-31");
            assertThat(masters.getCellText(4)).isEqualTo("2022");
            assertThat(masters.getCell(6).asNumber()).isEqualByComparingTo("100");
            assertThat(masters.getCell(8).asNumber()).isEqualByComparingTo("99");
            assertThat(masters.getCellText(10)).isEqualTo("滞后");
        }
    }
}
