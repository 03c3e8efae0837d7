package cn.gov.baotou.talent.reporting.pdf.control;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.renderers.Renderable;

/** A policy's chart ({@link TargetChart}) under its headings, as tall as its number of bars needs. */
final class ChartDesign {

    static final String CHART = "chart";

    private ChartDesign() {}

    static JasperReport compile(int bars) {
        DesignFrame f = new DesignFrame("chart-" + bars, 8.5f).asBlock();
        int height = TargetChart.height(bars);
        f.headings(height + 10);
        f.addField(CHART, Renderable.class);
        JRDesignBand band = DesignFrame.band(height + 12);
        JRDesignImage image = new JRDesignImage(f.design);
        image.setX(0);
        image.setY(4);
        image.setWidth(DesignFrame.WIDTH);
        image.setHeight(height);
        image.setScaleImage(ScaleImageEnum.CLIP);
        image.setExpression(Elements.field(CHART));
        band.addElement(image);
        f.detail(band);
        return f.compile();
    }
}
