package cn.gov.baotou.talent.intake.demand.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import cn.gov.baotou.talent.core.report.control.TablePdf;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The catalog as a PDF (intake.5.2 岗位需求目录), rendered by reporting's {@link TablePdf} with the platform's
 * embedded Chinese font: the page's columns, numbers as numbers, in the reader's language, the filters on top.
 */
public final class CatalogPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    static final String CLAUSE = "intake.5.2";
    private static final String[] TEXT_AFTER_HEADCOUNT = {"discipline", "majors", "workType", "duties"};

    private CatalogPdf() {}

    /** The PDF of the rows; {@code filters} says in words what they were chosen by. */
    public static byte[] render(TablePdf pdf, List<CatalogEntry> rows, String filters, Messages m) {
        String subtitle = text(m, "catalog.pdf.subtitle", filters, String.valueOf(rows.size()));
        return pdf.pdf(
                text(m, "catalog.xlsx.heading"),
                subtitle,
                List.of(table(rows, m)),
                m.locale().getLanguage());
    }

    /** One row per demand: what the page shows, with headers in both languages and cells in the reader's. */
    static ReportTable table(List<CatalogEntry> rows, Messages m) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.count(header(Messages.CHINESE, "number"), header(Locale.ENGLISH, "number")));
        for (String c : new String[] {"position", "enterprise", "district", "industry", "degree"}) {
            columns.add(Column.text(header(Messages.CHINESE, c), header(Locale.ENGLISH, c)));
        }
        columns.add(Column.count(header(Messages.CHINESE, "headcount"), header(Locale.ENGLISH, "headcount")));
        for (String c : TEXT_AFTER_HEADCOUNT) {
            columns.add(Column.text(header(Messages.CHINESE, c), header(Locale.ENGLISH, c)));
        }
        columns.add(Column.money(header(Messages.CHINESE, "salaryMin"), header(Locale.ENGLISH, "salaryMin")));
        columns.add(Column.money(header(Messages.CHINESE, "salaryMax"), header(Locale.ENGLISH, "salaryMax")));
        columns.add(Column.text(header(Messages.CHINESE, "contact"), header(Locale.ENGLISH, "contact")));
        columns.add(Column.date(header(Messages.CHINESE, "publishedOn"), header(Locale.ENGLISH, "publishedOn")));
        List<List<Object>> cells = new ArrayList<>();
        long n = 0;
        for (CatalogEntry e : rows) {
            cells.add(Arrays.asList(
                    ++n,
                    e.positionTitle(),
                    e.enterpriseName(),
                    e.districtName(),
                    e.industryName(),
                    e.degreeName(),
                    (long) e.headcount(),
                    e.disciplineName(),
                    e.majors(),
                    e.workTypeName(),
                    e.duties(),
                    yuan(e.salaryMinYuan()),
                    yuan(e.salaryMaxYuan()),
                    contact(e),
                    e.publishedOn()));
        }
        return new ReportTable(
                "intake.catalog",
                Messages.in(Messages.CHINESE).get(DemandWorkflow.BUNDLE, "catalog.xlsx.heading"),
                Messages.in(Locale.ENGLISH).get(DemandWorkflow.BUNDLE, "catalog.xlsx.heading"),
                CLAUSE,
                columns,
                cells);
    }

    /** The file name offered for the download, in the reader's language. */
    static String fileName(Messages m) {
        return text(m, "catalog.pdf.fileName") + ".pdf";
    }

    private static String contact(CatalogEntry e) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {e.workLocation(), e.contactPhone(), e.contactEmail()}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(" / ", parts);
    }

    private static BigDecimal yuan(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private static String header(Locale locale, String column) {
        return Messages.in(locale).get(DemandWorkflow.BUNDLE, "catalog.column." + column);
    }

    private static String text(Messages m, String key, Object... arguments) {
        return m.get(DemandWorkflow.BUNDLE, key, arguments);
    }
}
