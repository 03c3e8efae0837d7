package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.right;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.simpleText;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JRDesignVariable;
import net.sf.jasperreports.engine.type.CalculationEnum;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.renderers.Renderable;

/**
 * What every page of a report carries, the body's and the contents' alike: the report's title and 内部资料 at the top,
 * when and from which parameter version it was made and "page X / Y" at the foot, and the 内部资料 watermark behind.
 */
final class PageFrame {

    static final String HEADER = "pageHeader";
    static final String MARK = "mark";
    static final String FOOTER = "pageFooter";
    static final String WORD_BEFORE = "pageWordBefore";
    static final String WORD_BETWEEN = "pageWordBetween";
    static final String WORD_AFTER = "pageWordAfter";
    static final String WATERMARK = "watermark";

    private PageFrame() {}

    static void addTo(DesignFrame f) {
        for (String p : new String[] {HEADER, MARK, FOOTER, WORD_BEFORE, WORD_BETWEEN, WORD_AFTER}) {
            f.addParameter(p, String.class);
        }
        f.addParameter(WATERMARK, Renderable.class);
        f.addParameter(PageNumbers.SHIFT, Integer.class);
        f.addParameter(PageNumbers.TOTAL, Integer.class);
        f.addParameter(PageNumbers.KEEP_FIRST, Boolean.class);
        variable(f, PageNumbers.PAGE);
        variable(f, PageNumbers.PAGES);
        variable(f, PageNumbers.INNER, Boolean.class);
        f.design.setScriptletClass(PageNumbers.class.getName());

        int w = DesignFrame.WIDTH;
        JRDesignBand header = DesignFrame.band(26);
        header.addElement(text(0, 0, w - 110, 18, f.styles.note, parameter(HEADER)));
        JRDesignTextField mark = right(text(w - 110, 0, 110, 18, f.styles.stamp, parameter(MARK)));
        mark.setFontSize(8.5f);
        mark.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
        header.addElement(mark);
        header.addElement(Elements.line(0, 19, w, 0.6f, Styles.NAVY));
        // the first page carries the title instead
        header.setPrintWhenExpression(Elements.variable(PageNumbers.INNER));
        f.design.setPageHeader(header);

        JRDesignBand footer = DesignFrame.band(22);
        footer.addElement(Elements.line(0, 3, w, 0.4f, Styles.RULE));
        footer.addElement(text(0, 6, w - 160, 14, f.styles.small, parameter(FOOTER)));
        JRDesignTextField page = right(text(
                w - 160,
                6,
                122,
                14,
                f.styles.small,
                simpleText("$P{" + WORD_BEFORE + "}$V{" + PageNumbers.PAGE + "}$P{" + WORD_BETWEEN + "}")));
        JRDesignTextField total = text(
                w - 38, 6, 38, 14, f.styles.small, simpleText("$V{" + PageNumbers.PAGES + "}$P{" + WORD_AFTER + "}"));
        total.setEvaluationTime(EvaluationTimeEnum.REPORT);
        total.getLineBox().setLeftPadding(3);
        footer.addElement(page);
        footer.addElement(total);
        f.design.setPageFooter(footer);

        JRDesignBand background =
                DesignFrame.band(f.design.getPageHeight() - f.design.getTopMargin() - f.design.getBottomMargin());
        JRDesignImage image = new JRDesignImage(f.design);
        image.setX(0);
        image.setY(120);
        image.setWidth(w);
        image.setHeight(520);
        image.setScaleImage(ScaleImageEnum.CLIP);
        image.setExpression(parameter(WATERMARK));
        background.addElement(image);
        f.design.setBackground(background);
    }

    private static void variable(DesignFrame f, String name) {
        variable(f, name, Integer.class);
    }

    private static void variable(DesignFrame f, String name, Class<?> type) {
        JRDesignVariable v = new JRDesignVariable();
        v.setName(name);
        v.setValueClass(type);
        v.setCalculation(CalculationEnum.SYSTEM);
        try {
            f.design.addVariable(v);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }
}
