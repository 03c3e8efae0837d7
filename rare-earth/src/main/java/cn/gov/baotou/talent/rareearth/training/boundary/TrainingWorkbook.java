package cn.gov.baotou.talent.rareearth.training.boundary;

import cn.gov.baotou.talent.rareearth.training.control.RawRow;
import cn.gov.baotou.talent.rareearth.training.control.RowProblem;
import cn.gov.baotou.talent.rareearth.training.control.TrainingColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The Excel side of the import: the template to download (the columns, one example row, a sheet of instructions)
 * and the first sheet of an uploaded file read as text, cell by cell; a date cell reads as YYYY-MM-DD.
 */
final class TrainingWorkbook {

    private TrainingWorkbook() {}

    static List<RawRow> read(InputStream in) {
        List<RawRow> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < TrainingColumn.values().length; i++) {
                    cells.add(r.getOptionalCell(i).map(TrainingWorkbook::text).orElse(""));
                }
                rows.add(new RawRow(r.getRowNum(), cells));
            }
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            throw new ImportRefused(List.of(new RowProblem(1, null, "import.file.unreadable", List.of())));
        }
        return rows;
    }

    private static String text(Cell c) {
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (format != null && (format.contains("y") || format.contains("d"))) {
                return c.asDate().toLocalDate().toString();
            }
            return c.asNumber().stripTrailingZeros().toPlainString();
        }
        if (c.getType() == CellType.EMPTY || c.getType() == CellType.ERROR) {
            return "";
        }
        return c.getText() == null ? "" : c.getText();
    }

    /** The template: the headers in the order the import reads them, an example row, and how to fill each column. */
    static void template(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Baotou talent platform", "1.0");
        Worksheet sheet = wb.newWorksheet("培养记录");
        Worksheet help = wb.newWorksheet("填写说明");
        String[] example = {
            "内蒙古科技大学",
            "高等院校",
            "张三",
            "2022010001",
            "基础科研人才",
            "联合培养",
            "材料科学与工程",
            "91150271MAYY0D013N",
            "150271",
            "2022-07-01"
        };
        help.value(0, 0, "列");
        help.value(0, 1, "说明");
        for (TrainingColumn c : TrainingColumn.values()) {
            sheet.value(0, c.ordinal(), c.header());
            sheet.style(0, c.ordinal()).bold().set();
            sheet.width(c.ordinal(), 18);
            sheet.value(1, c.ordinal(), example[c.ordinal()]);
            help.value(c.ordinal() + 1, 0, c.header());
            help.value(
                    c.ordinal() + 1,
                    1,
                    (c.required() ? "必填" : "可空")
                            + (c.isChoice() ? "；可选：" + String.join("、", c.labels()) : "")
                            + (c == TrainingColumn.COMPLETED_ON ? "；格式 YYYY-MM-DD，不晚于导入之日" : "")
                            + "；最长 " + c.maxLength() + " 字");
        }
        help.width(0, 26);
        help.width(1, 60);
        wb.finish();
    }
}
