package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The catalog as an Excel workbook (.xlsx, 导出): a title, the filters and the time it was made, then one row per
 * demand. Counts and amounts are numbers and dates are dates, so the reader can sum and sort them.
 */
public final class CatalogWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int HEADER_ROW = 2;
    private static final String[] COLUMNS = {
        "number",
        "enterprise",
        "district",
        "industry",
        "position",
        "headcount",
        "degree",
        "discipline",
        "majors",
        "workType",
        "duties",
        "salaryMin",
        "salaryMax",
        "location",
        "phone",
        "email",
        "publishedOn"
    };
    private static final double[] WIDTHS = {6, 34, 12, 14, 24, 10, 12, 10, 24, 12, 48, 14, 14, 20, 16, 24, 12};
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    private CatalogWorkbook() {}

    /** Writes the rows to {@code out}; {@code filters} says in words what the rows were chosen by. */
    public static void write(List<CatalogEntry> rows, String filters, Instant at, Messages m, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Baotou talent platform", "1.0");
        Worksheet ws = wb.newWorksheet(text(m, "title"));
        int last = COLUMNS.length - 1;
        ws.value(0, 0, text(m, "heading"));
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, text(m, "made", filters, MINUTE.format(at), String.valueOf(rows.size())));
        ws.range(1, 0, 1, last).merge();
        for (int c = 0; c < COLUMNS.length; c++) {
            ws.value(HEADER_ROW, c, m.get(DemandWorkflow.BUNDLE, "catalog.column." + COLUMNS[c]));
            ws.style(HEADER_ROW, c).bold().fillColor("DDE6F4").wrapText(true).set();
            ws.width(c, WIDTHS[c]);
        }
        int r = HEADER_ROW + 1;
        for (CatalogEntry e : rows) {
            ws.value(r, 0, r - HEADER_ROW);
            ws.value(r, 1, e.enterpriseName());
            ws.value(r, 2, e.districtName());
            ws.value(r, 3, e.industryName());
            ws.value(r, 4, e.positionTitle());
            ws.value(r, 5, e.headcount());
            ws.value(r, 6, e.degreeName());
            ws.value(r, 7, e.disciplineName());
            ws.value(r, 8, e.majors());
            ws.value(r, 9, e.workTypeName());
            ws.value(r, 10, e.duties());
            money(ws, r, 11, e.salaryMinYuan());
            money(ws, r, 12, e.salaryMaxYuan());
            ws.value(r, 13, e.workLocation());
            ws.value(r, 14, e.contactPhone());
            ws.value(r, 15, e.contactEmail());
            ws.value(r, 16, e.publishedOn());
            ws.style(r, 16).format("yyyy-mm-dd").set();
            ws.style(r, 10).wrapText(true).set();
            r++;
        }
        ws.freezePane(0, HEADER_ROW + 1);
        wb.finish();
    }

    private static void money(Worksheet ws, int r, int c, String yuan) {
        if (yuan != null) {
            ws.value(r, c, new BigDecimal(yuan));
            ws.style(r, c).format("#,##0.00").set();
        }
    }

    private static String text(Messages m, String key, Object... arguments) {
        return m.get(DemandWorkflow.BUNDLE, "catalog.xlsx." + key, arguments);
    }
}
