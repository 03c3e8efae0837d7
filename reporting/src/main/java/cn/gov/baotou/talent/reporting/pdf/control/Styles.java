package cn.gov.baotou.talent.reporting.pdf.control;

import java.awt.Color;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * The reports' look, one set per design: every style derives from the default one, which carries the embedded CJK
 * font, so no text can fall back to a font that is not embedded (PDF/A would fail). Noto CJK lines are about 1.45× the
 * font size tall, which the element heights allow for.
 */
final class Styles {

    static final String FONT = "Noto Sans SC Baotou";

    static final Color INK = new Color(0x1F2933);
    static final Color NAVY = new Color(0x1F3A5F);
    static final Color ACCENT = new Color(0x2B5797);
    static final Color MUTED = new Color(0x667085);
    static final Color RULE = new Color(0xD0D7E1);
    static final Color HEADER_FILL = new Color(0xE9EFF7);
    static final Color ZEBRA = new Color(0xF6F8FB);
    static final Color RED = new Color(0xB42318);
    static final Color RED_FILL = new Color(0xFDECEC);
    static final Color GREEN = new Color(0x1E7B45);
    static final Color GREEN_FILL = new Color(0xE3F4EA);
    static final Color BLUE = new Color(0x1F5FA8);
    static final Color BLUE_FILL = new Color(0xE6F0FB);

    final JRDesignStyle base;
    final JRDesignStyle title;
    final JRDesignStyle h1;
    final JRDesignStyle h2;
    final JRDesignStyle note;
    final JRDesignStyle th;
    final JRDesignStyle td;
    final JRDesignStyle small;
    final JRDesignStyle stamp;
    final JRDesignStyle achieved;
    final JRDesignStyle inProgress;
    final JRDesignStyle behind;
    final JRDesignStyle group;

    /** The styles, added to {@code design}; {@code tableSize} is the font size of table cells. */
    Styles(JasperDesign design, float tableSize) {
        base = style("base", null, 9f, false, INK);
        base.setDefault(true);
        base.setFontName(FONT);
        base.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        title = style("title", base, 20f, true, NAVY);
        h1 = style("h1", base, 13f, true, NAVY);
        h1.setVerticalTextAlign(VerticalTextAlignEnum.BOTTOM);
        h2 = style("h2", base, 10.5f, true, INK);
        h2.setVerticalTextAlign(VerticalTextAlignEnum.BOTTOM);
        note = style("note", base, 8f, false, MUTED);
        th = style("th", base, tableSize, true, NAVY);
        padded(th);
        td = style("td", base, tableSize, false, INK);
        padded(td);
        small = style("small", base, 7.5f, false, MUTED);
        stamp = style("stamp", base, 10f, true, RED);
        stamp.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        achieved = badge("achieved", GREEN, tableSize);
        inProgress = badge("inProgress", BLUE, tableSize);
        behind = badge("behind", RED, tableSize);
        group = style("group", base, tableSize + 0.5f, true, NAVY);
        padded(group);
        for (JRDesignStyle s : new JRDesignStyle[] {
            base, title, h1, h2, note, th, td, small, stamp, achieved, inProgress, behind, group
        }) {
            try {
                design.addStyle(s);
            } catch (JRException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private JRDesignStyle badge(String name, Color color, float size) {
        JRDesignStyle s = style(name, base, size, true, color);
        s.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        return s;
    }

    private static JRDesignStyle style(String name, JRDesignStyle parent, float size, boolean bold, Color color) {
        JRDesignStyle s = new JRDesignStyle();
        s.setName(name);
        if (parent != null) {
            s.setParentStyle(parent);
        }
        s.setFontSize(size);
        s.setBold(bold);
        s.setForecolor(color);
        return s;
    }

    private static void padded(JRDesignStyle s) {
        s.getLineBox().setLeftPadding(4);
        s.getLineBox().setRightPadding(4);
        s.getLineBox().setTopPadding(1);
        s.getLineBox().setBottomPadding(1);
    }
}
