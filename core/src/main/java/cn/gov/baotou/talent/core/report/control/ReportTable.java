package cn.gov.baotou.talent.core.report.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One section of a report or one exported list, as data any module can give and reporting can render to PDF and Excel
 * without knowing the module: a title (Chinese, English), the clause it answers to if any, typed columns and rows.
 * Cells are {@link String} for TEXT, {@link Long} for COUNT, {@link BigDecimal} yuan for MONEY, {@link BigDecimal}
 * (0.25 = 25%) for PERCENT, {@link BigDecimal} for DECIMAL (a measure such as 3.5 working days), {@link LocalDate} for
 * DATE; null is an empty cell.
 */
public record ReportTable(
        String key, String title, String titleEn, String clauseId, List<Column> columns, List<List<Object>> rows) {

    public ReportTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        titleEn = titleEn == null ? title : titleEn;
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        key + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                columns.get(c).kind().check(key, row.get(c));
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    /** The title in the reader's language ({@code en} or anything else for Chinese). */
    public String title(String language) {
        return "en".equals(language) ? titleEn : title;
    }

    /** A column: its header in Chinese and English and what its cells hold. */
    public record Column(String header, String headerEn, CellKind kind) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            headerEn = headerEn == null ? header : headerEn;
        }

        public String header(String language) {
            return "en".equals(language) ? headerEn : header;
        }

        public static Column text(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.TEXT);
        }

        public static Column count(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.COUNT);
        }

        public static Column money(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.MONEY);
        }

        public static Column date(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.DATE);
        }

        public static Column percent(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.PERCENT);
        }

        public static Column decimal(String header, String headerEn) {
            return new Column(header, headerEn, CellKind.DECIMAL);
        }
    }
}
