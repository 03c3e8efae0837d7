package cn.gov.baotou.talent.reporting.forecast.control;

import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.report.control.ReportTable.Column;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The forecast as report tables, for the PDF: first every finance's totals (in force, draft, difference, change) with
 * the sum of all, then one table per finance that something falls to, by policy, clause, measure and basis.
 */
public final class ForecastTables {

    private ForecastTables() {}

    public static List<ReportTable> of(Forecast f, String language) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(summary(f, language));
        for (FinanceForecast finance : f.financesWithRows()) {
            tables.add(detail(finance, language));
        }
        return tables;
    }

    static ReportTable summary(Forecast f, String language) {
        List<List<Object>> rows = new ArrayList<>();
        for (FinanceForecast finance : f.finances()) {
            rows.add(row(
                    finance.finance().name(language),
                    finance.inForceYuan(),
                    finance.draftYuan(),
                    finance.differenceYuan(),
                    change(finance.inForceYuan(), finance.differenceYuan())));
        }
        rows.add(row(
                en(language) ? "All finances" : "合计",
                f.inForceYuan(),
                f.draftYuan(),
                f.differenceYuan(),
                change(f.inForceYuan(), f.differenceYuan())));
        return new ReportTable(
                "forecast-finances",
                "各级财政测算汇总",
                "Totals by finance",
                null,
                List.of(
                        Column.text("财政", "Finance"),
                        Column.money("现行版本（元）", "In force (yuan)"),
                        Column.money("草稿（元）", "Draft (yuan)"),
                        Column.money("差额（元）", "Difference (yuan)"),
                        Column.percent("变化", "Change")),
                rows);
    }

    static ReportTable detail(FinanceForecast finance, String language) {
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastRow r : finance.rows()) {
            rows.add(row(
                    r.policy().name(language),
                    r.clauseId(),
                    r.label(language),
                    basis(r.basis(), language),
                    r.cases(),
                    r.inForceYuan(),
                    r.draftYuan(),
                    r.differenceYuan()));
        }
        rows.add(row(
                en(language) ? "Total" : "合计",
                null,
                null,
                null,
                null,
                finance.inForceYuan(),
                finance.draftYuan(),
                finance.differenceYuan()));
        return new ReportTable(
                "forecast-" + finance.finance().code(),
                finance.finance().name() + "：按政策和措施",
                finance.finance().nameEn() + ": by policy and measure",
                null,
                List.of(
                        Column.text("政策", "Policy"),
                        Column.text("条款", "Clause"),
                        Column.text("项目", "Measure"),
                        Column.text("口径", "Basis"),
                        Column.count("件数", "Cases"),
                        Column.money("现行版本（元）", "In force (yuan)"),
                        Column.money("草稿（元）", "Draft (yuan)"),
                        Column.money("差额（元）", "Difference (yuan)")),
                rows);
    }

    /** 在途 for the pipeline, 年均 for the past years' yearly mean. */
    public static String basis(Basis basis, String language) {
        if (en(language)) {
            return basis == Basis.PIPELINE ? "Pipeline" : "Yearly mean";
        }
        return basis == Basis.PIPELINE ? "在途案件" : "往年年均";
    }

    /** The difference as a share of the amount in force (0.5 = 50%); none when nothing is in force. */
    public static BigDecimal change(BigDecimal inForce, BigDecimal difference) {
        return inForce.signum() == 0 ? null : difference.divide(inForce, 4, RoundingMode.HALF_UP);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static boolean en(String language) {
        return "en".equals(language);
    }
}
