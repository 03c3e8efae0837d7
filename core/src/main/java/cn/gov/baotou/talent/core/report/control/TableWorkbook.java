package cn.gov.baotou.talent.core.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as an Excel workbook (.xlsx), one sheet per table: the title, a line saying what was chosen and when, the
 * headers, then the rows with counts and money as numbers and dates as dates, so a reader can sum and sort them.
 */
public final class TableWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Row index (0-based) of the headers; data starts on the next row. */
    public static final int HEADER_ROW = 2;

    private static final int SHEET_NAME_MAX = 31;

    private TableWorkbook() {}

    public static void write(List<ReportTable> tables, String subtitle, String language, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Baotou talent platform", "1.0");
        Set<String> names = new HashSet<>();
        for (ReportTable table : tables) {
            sheet(wb.newWorksheet(sheetName(table.title(language), names)), table, subtitle, language);
        }
        if (tables.isEmpty()) {
            wb.newWorksheet("-").value(0, 0, subtitle);
        }
        wb.finish();
    }

    private static void sheet(Worksheet ws, ReportTable table, String subtitle, String language) {
        int last = Math.max(0, table.columns().size() - 1);
        ws.value(0, 0, table.title(language));
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, subtitle);
        ws.range(1, 0, 1, last).merge();
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            ws.value(HEADER_ROW, c, column.header(language));
            ws.style(HEADER_ROW, c).bold().fillColor("DDE6F4").wrapText(true).set();
            ws.width(c, column.kind() == CellKind.TEXT ? 24 : 14);
        }
        int r = HEADER_ROW + 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r, c, table.columns().get(c).kind(), row.get(c));
            }
            r++;
        }
        ws.freezePane(0, HEADER_ROW + 1);
    }

    private static void cell(Worksheet ws, int r, int c, CellKind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case TEXT -> ws.value(r, c, (String) value);
            case COUNT -> ws.value(r, c, (Long) value);
            case MONEY -> {
                ws.value(r, c, (BigDecimal) value);
                ws.style(r, c).format("#,##0.00").set();
            }
            case PERCENT -> {
                ws.value(r, c, (BigDecimal) value);
                ws.style(r, c).format("0.0%").set();
            }
            case DECIMAL -> {
                ws.value(r, c, (BigDecimal) value);
                ws.style(r, c).format("#,##0.0#").set();
            }
            case DATE -> {
                ws.value(r, c, (LocalDate) value);
                ws.style(r, c).format("yyyy-mm-dd").set();
            }
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name, and each name once. */
    static String sheetName(String title, Set<String> taken) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String base = clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX) : clean;
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }
}
