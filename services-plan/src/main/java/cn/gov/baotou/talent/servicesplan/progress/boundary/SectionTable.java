package cn.gov.baotou.talent.servicesplan.progress.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One section of the services report being built: its title and column headers read from the plan's bundles in
 * Chinese and English ({@code report.<key>}, {@code report.column.<name>} or any key given whole), its rows in order.
 */
final class SectionTable {

    private final String key;
    private final String clauseId;
    private final List<ReportTable.Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    SectionTable(String key, String clauseId) {
        this.key = key;
        this.clauseId = clauseId;
    }

    /** A column headed by {@code report.column.<name>}, or by the key itself when it holds a dot. */
    SectionTable column(CellKind kind, String name) {
        String header = name.contains(".") ? name : "report.column." + name;
        columns.add(new ReportTable.Column(zh(header), en(header), kind));
        return this;
    }

    SectionTable row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    ReportTable table() {
        return new ReportTable(
                ServicesPlanProgress.POLICY + "." + key,
                zh("report." + key),
                en("report." + key),
                clauseId,
                columns,
                rows);
    }

    /** The plan's text in Chinese: what the cells of a report hold. */
    static String zh(String key, Object... arguments) {
        return Messages.in(Messages.CHINESE).get(ServicesPlanText.BUNDLE, key, arguments);
    }

    private static String en(String key) {
        return Messages.in(Locale.ENGLISH).get(ServicesPlanText.BUNDLE, key);
    }
}
