package cn.gov.baotou.talent.reporting.pdf.control;

import static cn.gov.baotou.talent.reporting.pdf.control.Elements.box;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.field;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.floating;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.parameter;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.text;
import static cn.gov.baotou.talent.reporting.pdf.control.Elements.when;

import java.awt.Color;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignBreak;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignRectangle;
import net.sf.jasperreports.engine.design.JRDesignSubreport;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.type.BreakTypeEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;

/**
 * The report itself: a first page with the title, 内部资料, the period, scope, time of generation and parameter version,
 * the count of targets by status and a first block (the overview of the targets); then one block after another, each a
 * subreport given as data (its design, its rows, its parameters), so one design prints every kind of report.
 */
final class MasterDesign {

    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String ISSUER = "issuer";
    static final String[] META_LABELS = {"metaLabel1", "metaLabel2", "metaLabel3", "metaLabel4"};
    static final String[] META_VALUES = {"metaValue1", "metaValue2", "metaValue3", "metaValue4"};
    static final String SHOW_STATUS = "showStatus";
    static final String[] STATUS_COUNTS = {"countAchieved", "countInProgress", "countBehind"};
    static final String[] STATUS_LABELS = {"labelAchieved", "labelInProgress", "labelBehind"};
    static final String HAS_COVER = "hasCover";
    static final String COVER_REPORT = "coverReport";
    static final String COVER_ROWS = "coverRows";
    static final String COVER_PARAMETERS = "coverParameters";

    /** A block's fields. */
    static final String REPORT = "report";

    static final String ROWS = "rows";
    static final String PARAMETERS = "parameters";
    static final String NEW_PAGE = "newPage";

    private MasterDesign() {}

    static JasperReport compile() {
        DesignFrame f = new DesignFrame("report", 9f);
        PageFrame.addTo(f);
        for (String p : new String[] {TITLE, SUBTITLE, ISSUER}) {
            f.addParameter(p, String.class);
        }
        for (int i = 0; i < META_LABELS.length; i++) {
            f.addParameter(META_LABELS[i], String.class);
            f.addParameter(META_VALUES[i], String.class);
        }
        for (int i = 0; i < STATUS_COUNTS.length; i++) {
            f.addParameter(STATUS_COUNTS[i], String.class);
            f.addParameter(STATUS_LABELS[i], String.class);
        }
        f.addParameter(SHOW_STATUS, Boolean.class);
        f.addParameter(HAS_COVER, Boolean.class);
        f.addParameter(COVER_REPORT, JasperReport.class);
        f.addParameter(COVER_ROWS, JRDataSource.class);
        f.addParameter(COVER_PARAMETERS, Map.class);
        f.addField(REPORT, JasperReport.class);
        f.addField(ROWS, JRDataSource.class);
        f.addField(PARAMETERS, Map.class);
        f.addField(NEW_PAGE, Boolean.class);

        f.design.setTitle(cover(f));
        // a report whose only table sits on the first page has no blocks: still its first page
        f.design.setWhenNoDataType(WhenNoDataTypeEnum.ALL_SECTIONS_NO_DETAIL);

        // the blocks begin on the next page, where the contents go (a break in the title would leave page 1 without
        // its footer)
        JRDesignGroup body = f.group("body", DesignFrame.band(0), false, 0);
        body.setStartNewPage(true);
        JRDesignBand block = DesignFrame.band(4);
        JRDesignBreak pageBreak = when(new JRDesignBreak(f.design), field(NEW_PAGE));
        pageBreak.setType(BreakTypeEnum.PAGE);
        pageBreak.setWidth(DesignFrame.WIDTH);
        pageBreak.setHeight(1);
        block.addElement(pageBreak);
        block.addElement(subreport(f, 2, field(REPORT), field(ROWS), field(PARAMETERS)));
        f.detail(block);
        return f.compile();
    }

    private static JRDesignBand cover(DesignFrame f) {
        int w = DesignFrame.WIDTH;
        Styles s = f.styles;
        JRDesignBand b = DesignFrame.band(262);
        b.addElement(box(0, 0, w, 4, Styles.NAVY, null));
        b.addElement(text(0, 12, w - 110, 16, s.note, parameter(ISSUER)));
        JRDesignRectangle stamp = box(w - 92, 10, 92, 26, null, Styles.RED);
        stamp.getLinePen().setLineWidth(1.4f);
        b.addElement(stamp);
        b.addElement(text(w - 92, 10, 92, 26, s.stamp, parameter(PageFrame.MARK)));
        b.addElement(text(0, 48, w, 34, s.title, parameter(TITLE)));
        b.addElement(floating(text(0, 84, w, 18, s.note, parameter(SUBTITLE))));

        JRDesignRectangle meta = floating(box(0, 110, w, 52, Styles.ZEBRA, Styles.RULE));
        meta.getLinePen().setLineWidth(0.5f);
        b.addElement(meta);
        for (int i = 0; i < META_LABELS.length; i++) {
            int x = i % 2 == 0 ? 10 : w / 2 + 6;
            int y = 115 + (i / 2) * 21;
            b.addElement(floating(text(x, y, 62, 20, s.note, parameter(META_LABELS[i]))));
            JRDesignTextField value = floating(text(x + 62, y, w / 2 - 80, 20, s.base, parameter(META_VALUES[i])));
            value.setBold(true);
            b.addElement(value);
        }

        Color[][] tones = {
            {Styles.GREEN_FILL, Styles.GREEN}, {Styles.BLUE_FILL, Styles.BLUE}, {Styles.RED_FILL, Styles.RED}
        };
        int boxWidth = (w - 2 * 10) / 3;
        for (int i = 0; i < 3; i++) {
            int x = i * (boxWidth + 10);
            JRDesignExpression shown = parameter(SHOW_STATUS);
            JRDesignRectangle r = floating(when(box(x, 174, boxWidth, 46, tones[i][0], null), shown));
            r.setRadius(4);
            b.addElement(r);
            b.addElement(floating(when(box(x, 174, 4, 46, tones[i][1], null), shown)));
            JRDesignTextField count =
                    floating(when(text(x + 14, 176, 70, 42, s.title, parameter(STATUS_COUNTS[i])), shown));
            count.setForecolor(tones[i][1]);
            count.setFontSize(24f);
            b.addElement(count);
            JRDesignTextField label =
                    floating(when(text(x + 84, 176, boxWidth - 92, 42, s.h2, parameter(STATUS_LABELS[i])), shown));
            label.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
            label.setVerticalTextAlign(net.sf.jasperreports.engine.type.VerticalTextAlignEnum.MIDDLE);
            label.setForecolor(tones[i][1]);
            b.addElement(label);
        }
        b.addElement(when(
                subreport(f, 232, parameter(COVER_REPORT), parameter(COVER_ROWS), parameter(COVER_PARAMETERS)),
                parameter(HAS_COVER)));
        b.setHeight(238);
        return b;
    }

    private static JRDesignSubreport subreport(
            DesignFrame f, int y, JRDesignExpression report, JRDesignExpression rows, JRDesignExpression parameters) {
        JRDesignSubreport sub = new JRDesignSubreport(f.design);
        sub.setX(0);
        sub.setY(y);
        sub.setWidth(DesignFrame.WIDTH);
        sub.setHeight(2);
        sub.setExpression(report);
        sub.setDataSourceExpression(rows);
        sub.setParametersMapExpression(parameters);
        sub.setUsingCache(false);
        return floating(sub);
    }
}
