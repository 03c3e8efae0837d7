package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.core.report.control.CellKind;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.reporting.report.control.ReferenceNames;
import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import cn.gov.baotou.talent.reporting.report.control.TargetStatus;
import cn.gov.baotou.talent.reporting.report.control.TargetTables;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The blocks a report is made of: any table, the targets planned against achieved, a policy's chart. */
final class Blocks {

    private Blocks() {}

    /** A table as it comes from a module: one design per sequence of column kinds, the cells as they are. */
    static Block table(ReportTable t, String language, List<Block.Heading> headings, String note, boolean newPage) {
        List<CellKind> kinds =
                t.columns().stream().map(ReportTable.Column::kind).toList();
        Map<String, Object> p =
                Block.headingParameters(headings, note, ReportTexts.in(language).get("report.noData"));
        for (int c = 0; c < t.columns().size(); c++) {
            p.put(TableDesign.header(c), t.columns().get(c).header(language));
        }
        List<Map<String, ?>> rows = new ArrayList<>(t.rows().size());
        int n = 0;
        for (List<Object> row : t.rows()) {
            Map<String, Object> m = new HashMap<>();
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                m.put(TableDesign.cell(c), v instanceof LocalDate d ? d.toString() : v);
            }
            m.put(TableDesign.ODD, n++ % 2 == 1);
            rows.add(m);
        }
        return new Block(Designs.table(kinds), rows, p, newPage, headings);
    }

    /** The targets grouped by policy, each planned against achieved with its status. */
    static Block targets(
            List<TargetProgress> targets,
            TargetTables tables,
            ReferenceNames names,
            String language,
            List<Block.Heading> headings,
            String note,
            String noData) {
        ReportTexts texts = ReportTexts.in(language);
        Map<String, Object> p = Block.headingParameters(headings, note, noData);
        String[] keys = {"target", "clause", "unit", "planned", "achieved", "rate", "status"};
        for (int i = 0; i < keys.length; i++) {
            p.put(TargetTableDesign.HEADERS[i], texts.get("report.targets." + keys[i]));
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        int n = 0;
        for (TargetProgress t : targets) {
            TargetStatus status = tables.status(t);
            Map<String, Object> m = new HashMap<>();
            m.put(TargetTableDesign.POLICY, t.policyId());
            m.put(TargetTableDesign.POLICY_NAME, names.policy(t.policyId(), language));
            m.put(TargetTableDesign.LABEL, "en".equals(language) ? t.labelEn() : t.label());
            m.put(TargetTableDesign.CLAUSE, t.clauseId());
            m.put(TargetTableDesign.UNIT, t.unit());
            m.put(TargetTableDesign.PLANNED, planned(t, language));
            m.put(TargetTableDesign.ACHIEVED, TargetTables.whole(t.achieved()));
            m.put(TargetTableDesign.RATE, TargetStatus.rate(t));
            m.put(TargetTableDesign.STATUS, status.label(language));
            m.put(TargetTableDesign.IS_ACHIEVED, status == TargetStatus.ACHIEVED);
            m.put(TargetTableDesign.IS_IN_PROGRESS, status == TargetStatus.IN_PROGRESS);
            m.put(TargetTableDesign.IS_BEHIND, status == TargetStatus.BEHIND);
            m.put(TargetTableDesign.IS_NO_PLAN, status == TargetStatus.NO_PLAN);
            m.put(TableDesign.ODD, n++ % 2 == 1);
            rows.add(m);
        }
        return new Block(Designs.targets(), rows, p, false, headings);
    }

    /** One policy's targets as a chart. */
    static Block chart(
            List<TargetProgress> targets,
            TargetTables tables,
            BigDecimal elapsed,
            String language,
            List<Block.Heading> headings,
            String note,
            boolean newPage) {
        List<TargetChart.Bar> bars = new ArrayList<>();
        for (TargetProgress t : targets) {
            BigDecimal rate = TargetStatus.rate(t);
            double share = rate == null ? 1.0 : rate.doubleValue();
            double upper = t.plannedMax() != null
                            && t.plannedMin() != null
                            && t.plannedMin().signum() > 0
                    ? t.plannedMax().doubleValue() / t.plannedMin().doubleValue()
                    : 1.0;
            String label = "en".equals(language) ? t.labelEn() : t.label();
            String figures = number(t.achieved()) + " / " + planned(t, language) + " " + t.unit();
            bars.add(new TargetChart.Bar(label, figures, share, upper, tables.status(t)));
        }
        Map<String, Object> p =
                Block.headingParameters(headings, note, ReportTexts.in(language).get("report.noData"));
        Map<String, Object> row = new HashMap<>();
        row.put(ChartDesign.CHART, new TargetChart(bars, elapsed.doubleValue(), language));
        return new Block(Designs.chart(bars.size()), List.of(row), p, newPage, headings);
    }

    /** The plan as written: "30", "5–10", "约 100" for a 左右 figure (rare-earth.6: no minimum), or "-" when there is none. */
    static String planned(TargetProgress t, String language) {
        if (t.plannedMin() == null) {
            return "-";
        }
        if (t.approximate()) {
            return ("en".equals(language) ? "≈" : "约 ") + number(t.plannedMin());
        }
        if (t.plannedMax() != null && t.plannedMax().compareTo(t.plannedMin()) != 0) {
            return number(t.plannedMin()) + "–" + number(t.plannedMax());
        }
        return number(t.plannedMin());
    }

    private static String number(BigDecimal v) {
        return v == null ? "0" : new DecimalFormat("#,##0.##").format(v);
    }
}
