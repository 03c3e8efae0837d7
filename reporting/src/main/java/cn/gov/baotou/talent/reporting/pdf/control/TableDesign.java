package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.box;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.field;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.right;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.when;

import cn.gov.baotou.talent.core.report.control.CellKind;
import java.math.BigDecimal;
import java.util.List;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignRectangle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;

/**
 * Any report table, by the kinds of its columns: headers {@code header0…} as parameters, cells {@code c0…} as fields;
 * counts and money right-aligned (money as #,##0.00), percentages as 0.0%, dates yyyy-MM-dd, text wrapped; the headers
 * repeated on every page, rows striped. One design serves every table with the same column kinds.
 */
final class TableDesign {

    static final String ODD = "odd";

    private TableDesign() {}

    static String header(int c) {
        return "header" + c;
    }

    static String cell(int c) {
        return "c" + c;
    }

    static JasperReport compile(List<CellKind> kinds) {
        float size = kinds.size() > 8 ? 7f : 8.5f;
        DesignFrame f = new DesignFrame("table-" + kinds.size(), size).asBlock();
        f.headings(70);
        int[] widths = widths(kinds);
        JRDesignBand head = DesignFrame.band(20);
        JRDesignRectangle fill = box(0, 0, DesignFrame.WIDTH, 20, Styles.HEADER_FILL, null);
        fill.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        head.addElement(fill);
        JRDesignBand row = DesignFrame.band(16);
        JRDesignRectangle stripe = when(box(0, 0, DesignFrame.WIDTH, 16, Styles.ZEBRA, null), field(ODD));
        stripe.setRemoveLineWhenBlank(false);
        stripe.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        row.addElement(stripe);
        f.addField(ODD, Boolean.class);
        int x = 0;
        for (int c = 0; c < kinds.size(); c++) {
            CellKind kind = kinds.get(c);
            f.addParameter(header(c), String.class);
            f.addField(cell(c), type(kind));
            JRDesignTextField h = text(x, 0, widths[c], 20, f.styles.th, parameter(header(c)));
            JRDesignTextField v = text(x, 0, widths[c], 16, f.styles.td, field(cell(c)));
            if (kind != CellKind.TEXT && kind != CellKind.DATE) {
                right(h);
                right(v);
            } else if (kind == CellKind.DATE) {
                h.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
                v.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
            }
            v.setPattern(pattern(kind));
            head.addElement(h);
            row.addElement(v);
            x += widths[c];
        }
        JRDesignLine under = Elements.line(0, 19, DesignFrame.WIDTH, 0.8f, Styles.NAVY);
        under.setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_BOTTOM);
        head.addElement(under);
        JRDesignLine rule = Elements.line(0, 15, DesignFrame.WIDTH, 0.3f, Styles.RULE);
        rule.setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_BOTTOM);
        row.addElement(rule);
        f.group("columns", head, true, 40);
        f.detail(row);
        JRDesignBand gap = DesignFrame.band(14);
        f.design.setSummary(gap);
        return f.compile();
    }

    static Class<?> type(CellKind kind) {
        return switch (kind) {
            case TEXT, DATE -> String.class;
            case COUNT -> Long.class;
            case MONEY, PERCENT -> BigDecimal.class;
        };
    }

    private static String pattern(CellKind kind) {
        return switch (kind) {
            case COUNT -> "#,##0";
            case MONEY -> "#,##0.00";
            case PERCENT -> "0.0%";
            case TEXT, DATE -> null;
        };
    }

    /** Text columns twice as wide as figures (the first, usually the name, a little more); together the page width. */
    static int[] widths(List<CellKind> kinds) {
        double[] weights = new double[kinds.size()];
        double sum = 0;
        for (int c = 0; c < kinds.size(); c++) {
            weights[c] = switch (kinds.get(c)) {
                case TEXT -> c == 0 ? 2.4 : 2.0;
                case DATE -> 1.3;
                case MONEY -> 1.35;
                case COUNT, PERCENT -> 1.0;
            };
            sum += weights[c];
        }
        int[] widths = new int[kinds.size()];
        int used = 0;
        for (int c = 0; c < kinds.size(); c++) {
            widths[c] = (int) Math.floor(DesignFrame.WIDTH * weights[c] / sum);
            used += widths[c];
        }
        if (!kinds.isEmpty()) {
            widths[0] += DesignFrame.WIDTH - used;
        }
        return widths;
    }
}
