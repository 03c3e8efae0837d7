package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.field;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.right;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.when;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/** The table of contents: each chapter and section with the page it starts on, each a link to it. */
final class TocDesign {

    static final String HEADING = "tocHeading";
    static final String TITLE = "title";
    static final String PAGE = "page";
    static final String ANCHOR = "anchor";
    static final String CHAPTER = "chapter";
    static final String SECTION = "section";
    /** Lines that fit on one page of contents. */
    static final int LINES_PER_PAGE = 34;

    private TocDesign() {}

    static JasperReport compile() {
        DesignFrame f = new DesignFrame("contents", 9.5f);
        PageFrame.addTo(f);
        f.addParameter(HEADING, String.class);
        f.addField(TITLE, String.class);
        f.addField(PAGE, Integer.class);
        f.addField(ANCHOR, String.class);
        f.addField(CHAPTER, Boolean.class);
        f.addField(SECTION, Boolean.class);
        int w = DesignFrame.WIDTH;

        JRDesignBand title = DesignFrame.band(58);
        JRDesignTextField heading = text(0, 8, w, 36, f.styles.title, parameter(HEADING));
        heading.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        title.addElement(heading);
        // under the page header, on every page of the contents
        f.design.setColumnHeader(title);

        JRDesignBand row = DesignFrame.band(20);
        JRDesignTextField chapter = when(text(0, 0, w - 50, 20, f.styles.h2, field(TITLE)), field(CHAPTER));
        chapter.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        row.addElement(link(chapter));
        row.addElement(link(when(text(22, 0, w - 72, 20, f.styles.td, field(TITLE)), field(SECTION))));
        row.addElement(link(right(text(w - 50, 0, 50, 20, f.styles.td, field(PAGE)))));
        row.addElement(Elements.line(0, 19, w, 0.3f, Styles.RULE));
        f.detail(row);
        return f.compile();
    }

    private static JRDesignTextField link(JRDesignTextField t) {
        t.setRemoveLineWhenBlank(false);
        t.setHyperlinkType(HyperlinkTypeEnum.LOCAL_ANCHOR);
        t.setHyperlinkAnchorExpression(field(ANCHOR));
        return t;
    }
}
