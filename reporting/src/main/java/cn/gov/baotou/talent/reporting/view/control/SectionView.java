package cn.gov.baotou.talent.reporting.view.control;

import cn.gov.baotou.talent.core.report.control.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report section as a page shows it, whatever module gave it: its title and clause, its headers, and its first
 * {@code maxRows} rows as text (a long list is shown in part on screen; the Excel workbook holds all of it).
 */
public record SectionView(
        String key, String title, String clauseId, List<Header> headers, List<Row> rows, int totalRows) {

    /** A column's header and whether its cells are numbers. */
    public record Header(String text, boolean numeric) {}

    /** A cell's text and whether it is a number. */
    public record Cell(String text, boolean numeric) {}

    /** A row's cells, and whether it is the table's sum (its first cell reads 合计 or Total), shown bold. */
    public record Row(List<Cell> cells, boolean total) {}

    private static final Set<String> TOTALS = Set.of("合计", "总计", "Total");

    public static SectionView of(ReportTable table, String language, int maxRows) {
        List<Header> headers = table.columns().stream()
                .map(c -> new Header(c.header(language), CellText.numeric(c.kind())))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (List<Object> row :
                table.rows().subList(0, Math.min(maxRows, table.rows().size()))) {
            List<Cell> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                ReportTable.Column column = table.columns().get(i);
                cells.add(new Cell(CellText.of(column.kind(), row.get(i)), CellText.numeric(column.kind())));
            }
            rows.add(new Row(
                    cells, !cells.isEmpty() && TOTALS.contains(cells.get(0).text())));
        }
        return new SectionView(
                table.key(),
                table.title(language),
                table.clauseId(),
                headers,
                rows,
                table.rows().size());
    }

    public boolean cut() {
        return rows.size() < totalRows;
    }
}
