package cn.gov.baotou.talent.reporting.pdf.control;

import java.awt.Color;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignRectangle;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.type.ExpressionTypeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

/**
 * The design elements the reports are made of. Every expression is a plain reference ({@code $F{x}}, {@code $P{x}},
 * {@code $V{x}}) or a simple text with references, which JasperReports evaluates without compiling Java: no compiler
 * is needed at run time, inside the server or out, and a design compiles in milliseconds.
 */
final class Elements {

    private Elements() {}

    static JRDesignExpression field(String name) {
        return new JRDesignExpression("$F{" + name + "}");
    }

    static JRDesignExpression parameter(String name) {
        return new JRDesignExpression("$P{" + name + "}");
    }

    static JRDesignExpression variable(String name) {
        return new JRDesignExpression("$V{" + name + "}");
    }

    /** Text with references in it, e.g. {@code 第 $V{PAGE} 页}: evaluated by substitution, not compiled. */
    static JRDesignExpression simpleText(String text) {
        JRDesignExpression e = new JRDesignExpression(text);
        e.setType(ExpressionTypeEnum.SIMPLE_TEXT);
        return e;
    }

    static JRDesignTextField text(int x, int y, int w, int h, JRDesignStyle style, JRDesignExpression value) {
        JRDesignTextField t = new JRDesignTextField();
        place(t, x, y, w, h);
        t.setStyle(style);
        t.setExpression(value);
        t.setBlankWhenNull(true);
        t.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        return t;
    }

    static JRDesignTextField right(JRDesignTextField t) {
        t.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        return t;
    }

    static JRDesignTextField center(JRDesignTextField t) {
        t.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        return t;
    }

    static JRDesignStaticText label(int x, int y, int w, int h, JRDesignStyle style, String text) {
        JRDesignStaticText t = new JRDesignStaticText();
        place(t, x, y, w, h);
        t.setStyle(style);
        t.setText(text);
        return t;
    }

    static JRDesignRectangle box(int x, int y, int w, int h, Color fill, Color border) {
        JRDesignRectangle r = new JRDesignRectangle();
        place(r, x, y, w, h);
        r.setMode(fill == null ? ModeEnum.TRANSPARENT : ModeEnum.OPAQUE);
        r.setBackcolor(fill);
        r.getLinePen().setLineWidth(border == null ? 0f : 0.75f);
        r.getLinePen().setLineColor(border);
        return r;
    }

    static JRDesignLine line(int x, int y, int w, float width, Color color) {
        JRDesignLine l = new JRDesignLine();
        place(l, x, y, w, 1);
        l.getLinePen().setLineWidth(width);
        l.getLinePen().setLineColor(color);
        return l;
    }

    static <E extends JRDesignElement> E when(E e, JRDesignExpression condition) {
        e.setPrintWhenExpression(condition);
        e.setRemoveLineWhenBlank(true);
        return e;
    }

    static <E extends JRDesignElement> E floating(E e) {
        e.setPositionType(PositionTypeEnum.FLOAT);
        return e;
    }

    private static void place(JRDesignElement e, int x, int y, int w, int h) {
        e.setX(x);
        e.setY(y);
        e.setWidth(w);
        e.setHeight(h);
    }
}
