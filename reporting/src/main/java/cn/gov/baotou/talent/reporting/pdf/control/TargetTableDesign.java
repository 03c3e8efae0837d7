package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.box;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.center;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.field;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.right;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.when;

import java.awt.Color;
import java.math.BigDecimal;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignRectangle;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;

/**
 * The targets planned against achieved, grouped by policy: each target with its clause, unit, plan, achieved figure,
 * rate and a status badge (达成 green, 进行中 blue, 滞后 red).
 */
final class TargetTableDesign {

    static final String POLICY = "policy";
    static final String POLICY_NAME = "policyName";
    static final String LABEL = "label";
    static final String CLAUSE = "clause";
    static final String UNIT = "unit";
    static final String PLANNED = "planned";
    static final String ACHIEVED = "achieved";
    static final String RATE = "rate";
    static final String STATUS = "status";
    static final String IS_ACHIEVED = "isAchieved";
    static final String IS_IN_PROGRESS = "isInProgress";
    static final String IS_BEHIND = "isBehind";
    static final String IS_NO_PLAN = "isNoPlan";
    /** The column headers, as parameters. */
    static final String[] HEADERS = {"hTarget", "hClause", "hUnit", "hPlanned", "hAchieved", "hRate", "hStatus"};

    static final int[] WIDTHS = {178, 66, 36, 62, 56, 54, 63};

    private TargetTableDesign() {}

    static JasperReport compile() {
        DesignFrame f = new DesignFrame("targets", 8.5f).asBlock();
        f.headings(110);
        for (String h : HEADERS) {
            f.addParameter(h, String.class);
        }
        for (String s : new String[] {POLICY, POLICY_NAME, LABEL, CLAUSE, UNIT, PLANNED, STATUS}) {
            f.addField(s, String.class);
        }
        f.addField(ACHIEVED, Long.class);
        f.addField(RATE, BigDecimal.class);
        for (String s : new String[] {IS_ACHIEVED, IS_IN_PROGRESS, IS_BEHIND, IS_NO_PLAN, TableDesign.ODD}) {
            f.addField(s, Boolean.class);
        }
        JRDesignBand head = DesignFrame.band(20);
        JRDesignRectangle fill = box(0, 0, DesignFrame.WIDTH, 20, Styles.HEADER_FILL, null);
        fill.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        head.addElement(fill);
        int x = 0;
        for (int c = 0; c < HEADERS.length; c++) {
            var h = text(x, 0, WIDTHS[c], 20, f.styles.th, parameter(HEADERS[c]));
            if (c >= 3 && c <= 5) {
                right(h);
            } else if (c == 6) {
                center(h);
            }
            head.addElement(h);
            x += WIDTHS[c];
        }
        head.addElement(Elements.line(0, 19, DesignFrame.WIDTH, 0.8f, Styles.NAVY));
        f.group("columns", head, true, 60);

        JRDesignBand policy = DesignFrame.band(20);
        policy.addElement(box(0, 3, 3, 15, Styles.ACCENT, null));
        policy.addElement(text(6, 1, DesignFrame.WIDTH - 6, 19, f.styles.group, field(POLICY_NAME)));
        JRDesignGroup byPolicy = f.group("policy", policy, false, 50);
        byPolicy.setExpression(field(POLICY));

        JRDesignBand row = DesignFrame.band(18);
        JRDesignRectangle stripe = when(box(0, 0, DesignFrame.WIDTH, 18, Styles.ZEBRA, null), field(TableDesign.ODD));
        stripe.setRemoveLineWhenBlank(false);
        stripe.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        row.addElement(stripe);
        x = 0;
        String[] cells = {LABEL, CLAUSE, UNIT, PLANNED, ACHIEVED, RATE};
        for (int c = 0; c < cells.length; c++) {
            var v = text(x, 0, WIDTHS[c], 18, c == 1 ? f.styles.small : f.styles.td, field(cells[c]));
            if (c >= 3) {
                right(v);
            }
            if (c == 4) {
                v.setPattern("#,##0");
            } else if (c == 5) {
                v.setPattern("0.0%");
            }
            if (c == 0) {
                v.getLineBox().setLeftPadding(10);
            }
            row.addElement(v);
            x += WIDTHS[c];
        }
        badge(f, row, x, IS_ACHIEVED, f.styles.achieved, Styles.GREEN_FILL, Styles.GREEN);
        badge(f, row, x, IS_IN_PROGRESS, f.styles.inProgress, Styles.BLUE_FILL, Styles.BLUE);
        badge(f, row, x, IS_BEHIND, f.styles.behind, Styles.RED_FILL, Styles.RED);
        var none = when(
                center(text(x, 0, WIDTHS[WIDTHS.length - 1], 18, f.styles.small, field(STATUS))), field(IS_NO_PLAN));
        none.setRemoveLineWhenBlank(false);
        row.addElement(none);
        JRDesignLine rule = Elements.line(0, 17, DesignFrame.WIDTH, 0.3f, Styles.RULE);
        rule.setPositionType(PositionTypeEnum.FIX_RELATIVE_TO_BOTTOM);
        row.addElement(rule);
        f.detail(row);
        f.design.setSummary(DesignFrame.band(14));
        return f.compile();
    }

    private static void badge(
            DesignFrame f, JRDesignBand row, int x, String when, JRDesignStyle style, Color fill, Color ink) {
        int w = WIDTHS[WIDTHS.length - 1];
        JRDesignRectangle r = when(box(x + 10, 3, w - 20, 12, fill, ink), field(when));
        r.setRemoveLineWhenBlank(false);
        r.setRadius(6);
        r.getLinePen().setLineWidth(0.5f);
        row.addElement(r);
        var t = when(text(x + 10, 1, w - 20, 16, style, field(STATUS)), field(when));
        t.setRemoveLineWhenBlank(false);
        row.addElement(t);
    }
}
