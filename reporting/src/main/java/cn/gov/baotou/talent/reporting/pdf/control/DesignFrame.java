package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.floating;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.when;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.SplitTypeEnum;

/**
 * A design on an A4 page with the report styles, and the parts every block of a report shares: the headings it may
 * open with (a chapter, a section, a note), kept with what follows them rather than left at the foot of a page.
 */
final class DesignFrame {

    static final int PAGE_WIDTH = 595;
    static final int PAGE_HEIGHT = 842;
    static final int MARGIN = 40;
    static final int WIDTH = PAGE_WIDTH - 2 * MARGIN;

    /** The parameters of a block's headings. */
    static final String H1 = "chapter";

    static final String H1_ANCHOR = "chapterAnchor";
    static final String HAS_H1 = "hasChapter";
    static final String H2 = "section";
    static final String H2_ANCHOR = "sectionAnchor";
    static final String HAS_H2 = "hasSection";
    static final String NOTE = "note";
    static final String HAS_NOTE = "hasNote";
    static final String NO_DATA = "noData";

    final JasperDesign design = new JasperDesign();
    final Styles styles;

    DesignFrame(String name, float tableSize) {
        design.setName(name);
        design.setPageWidth(PAGE_WIDTH);
        design.setPageHeight(PAGE_HEIGHT);
        design.setColumnWidth(WIDTH);
        design.setLeftMargin(MARGIN);
        design.setRightMargin(MARGIN);
        design.setTopMargin(34);
        design.setBottomMargin(28);
        styles = new Styles(design, tableSize);
    }

    /** A block printed inside the report: no margins of its own. */
    DesignFrame asBlock() {
        design.setPageHeight(PAGE_HEIGHT);
        design.setLeftMargin(0);
        design.setRightMargin(0);
        design.setTopMargin(0);
        design.setBottomMargin(0);
        design.setPageWidth(WIDTH);
        return this;
    }

    void addParameter(String name, Class<?> type) {
        JRDesignParameter p = new JRDesignParameter();
        p.setName(name);
        p.setValueClass(type);
        try {
            design.addParameter(p);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    void addField(String name, Class<?> type) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(type);
        try {
            design.addField(f);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
    }

    JRDesignGroup group(String name, JRDesignBand header, boolean repeated, int minHeightToStartNewPage) {
        JRDesignGroup g = new JRDesignGroup();
        g.setName(name);
        g.setReprintHeaderOnEachPage(repeated);
        g.setMinHeightToStartNewPage(minHeightToStartNewPage);
        ((JRDesignSection) g.getGroupHeaderSection()).addBand(header);
        try {
            design.addGroup(g);
        } catch (JRException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    void detail(JRDesignBand band) {
        ((JRDesignSection) design.getDetailSection()).addBand(band);
    }

    static JRDesignBand band(int height) {
        JRDesignBand b = new JRDesignBand();
        b.setHeight(height);
        b.setSplitType(SplitTypeEnum.STRETCH);
        return b;
    }

    /**
     * The block's headings: its first group (on nothing, so printed once) keeps them with at least {@code keep} points
     * of what follows, starting a new page if less is left; with no rows, the headings and a "no data" line.
     */
    void headings(int keep) {
        for (String p : new String[] {H1, H1_ANCHOR, H2, H2_ANCHOR, NOTE, NO_DATA}) {
            addParameter(p, String.class);
        }
        for (String p : new String[] {HAS_H1, HAS_H2, HAS_NOTE}) {
            addParameter(p, Boolean.class);
        }
        group("headings", headingBand(false), false, keep);
        design.setWhenNoDataType(net.sf.jasperreports.engine.type.WhenNoDataTypeEnum.NO_DATA_SECTION);
        design.setNoData(headingBand(true));
    }

    private JRDesignBand headingBand(boolean noData) {
        JRDesignBand b = band(noData ? 80 : 62);
        JRDesignTextField h1 = when(text(0, 0, WIDTH, 34, styles.h1, parameter(H1)), parameter(HAS_H1));
        h1.setAnchorNameExpression(parameter(H1_ANCHOR));
        h1.setBookmarkLevel(1);
        h1.getLineBox().setBottomPadding(6);
        b.addElement(h1);
        JRDesignTextField h2 = floating(when(text(0, 34, WIDTH, 26, styles.h2, parameter(H2)), parameter(HAS_H2)));
        h2.setAnchorNameExpression(parameter(H2_ANCHOR));
        h2.setBookmarkLevel(2);
        h2.getLineBox().setBottomPadding(5);
        b.addElement(h2);
        JRDesignTextField note =
                floating(when(text(0, 60, WIDTH, 14, styles.note, parameter(NOTE)), parameter(HAS_NOTE)));
        note.getLineBox().setBottomPadding(3);
        b.addElement(note);
        if (noData) {
            JRDesignTextField none = floating(text(0, 62, WIDTH, 16, styles.note, parameter(NO_DATA)));
            none.getLineBox().setLeftPadding(4);
            b.addElement(none);
            b.setHeight(78);
        } else {
            b.setHeight(74);
        }
        return b;
    }

    JasperReport compile() {
        try {
            return JasperCompileManager.compileReport(design);
        } catch (JRException e) {
            throw new IllegalStateException("report design " + design.getName() + " does not compile", e);
        }
    }
}
