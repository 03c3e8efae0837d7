package cn.gov.baotou.talent.reporting.pdf.control;

import cn.gov.baotou.talent.reporting.report.control.TargetStatus;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Serializable;
import java.util.List;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A policy's targets as a bullet chart: per target a grey track for the plan (to 100 %, paler on to the upper end of a
 * range such as 5–10), the achieved share as a bar in its status colour, the figures at the right, and a dashed line
 * where the year's elapsed share stands — the line a target must reach not to be 滞后. Targets of different units
 * compare on one scale because each is drawn as its share of its own plan. Drawn as vector shapes in the PDF.
 */
final class TargetChart extends AbstractRenderer implements Graphics2DRenderable, Serializable {

    private static final long serialVersionUID = 1L;

    static final int ROW = 26;
    static final int TOP = 22;
    static final int BOTTOM = 40;
    private static final int LABEL_WIDTH = 150;
    private static final int VALUE_WIDTH = 96;
    private static final Color TRACK = new Color(0xE4E8EE);
    private static final Color RANGE = new Color(0xF0F2F5);
    private static final Color GRID = new Color(0xE9ECF1);
    private static final Color ELAPSED = new Color(0xC2700C);

    /** One bar: the label, the figures as printed, the achieved share of the plan, and the plan's upper end. */
    record Bar(String label, String figures, double share, double upper, TargetStatus status) implements Serializable {}

    private final List<Bar> bars;
    private final double elapsed;
    private final String language;

    TargetChart(List<Bar> bars, double elapsed, String language) {
        this.bars = List.copyOf(bars);
        this.elapsed = elapsed;
        this.language = language;
    }

    /** The height the chart needs for its bars. */
    static int height(int bars) {
        return TOP + ROW * bars + BOTTOM;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(area.getX(), area.getY());
            draw(g2, area.getWidth());
        } finally {
            g2.dispose();
        }
    }

    private void draw(Graphics2D g, double width) {
        double x0 = LABEL_WIDTH + 8;
        double x1 = width - VALUE_WIDTH - 8;
        double max = scaleMax();
        double plot = x1 - x0;
        double bottom = TOP + ROW * bars.size();
        Font small = ChartFont.regular(7f);
        Font label = ChartFont.regular(8.5f);
        // grid and its scale every 25 %
        g.setFont(small);
        for (double s = 0; s <= max + 1e-9; s += 0.25) {
            double x = x0 + plot * s / max;
            g.setColor(s == 1.0 ? Styles.NAVY : GRID);
            g.setStroke(new BasicStroke(s == 1.0 ? 1.1f : 0.5f));
            g.draw(new Line2D.Double(x, TOP - 4, x, bottom));
            g.setColor(Styles.MUTED);
            centered(g, Math.round(s * 100) + "%", x, bottom + 11);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + ROW * i;
            g.setFont(label);
            g.setColor(Styles.INK);
            g.drawString(fit(g, b.label(), LABEL_WIDTH), 0f, (float) (y + ROW / 2.0 + 3));
            if (b.upper() > 1.0) {
                g.setColor(RANGE);
                g.fill(new Rectangle2D.Double(x0 + plot / max, y + 6, plot * (Math.min(b.upper(), max) - 1) / max, 14));
            }
            g.setColor(TRACK);
            g.fill(new Rectangle2D.Double(x0, y + 6, plot / max, 14));
            double share = Math.max(0, Math.min(b.share(), max));
            g.setColor(color(b.status()));
            g.fill(new RoundRectangle2D.Double(x0, y + 9, Math.max(plot * share / max, 1.5), 8, 2, 2));
            g.setColor(Styles.INK);
            g.setFont(label);
            g.drawString(b.figures(), (float) (x1 + 8), (float) (y + ROW / 2.0 + 3));
        }
        // where the year stands: a target whose bar ends left of this line is behind
        if (elapsed > 0) {
            double x = x0 + plot * Math.min(elapsed, max) / max;
            g.setColor(ELAPSED);
            g.setStroke(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
            g.draw(new Line2D.Double(x, TOP - 8, x, bottom));
            g.setFont(small);
            centered(g, text("时间进度 ", "Year elapsed ") + Math.round(elapsed * 100) + "%", x, TOP - 11);
        }
        legend(g, x0, bottom + 26);
    }

    private void legend(Graphics2D g, double x, double y) {
        g.setFont(ChartFont.regular(7.5f));
        g.setStroke(new BasicStroke(0.5f));
        double at = x;
        for (TargetStatus s : List.of(TargetStatus.ACHIEVED, TargetStatus.IN_PROGRESS, TargetStatus.BEHIND)) {
            g.setColor(color(s));
            g.fill(new RoundRectangle2D.Double(at, y - 7, 14, 7, 2, 2));
            g.setColor(Styles.INK);
            g.drawString(s.label(language), (float) (at + 18), (float) y);
            at += 26 + g.getFontMetrics().stringWidth(s.label(language));
        }
        g.setColor(TRACK);
        g.fill(new Rectangle2D.Double(at, y - 8, 14, 9));
        g.setColor(Styles.INK);
        String plan = text("计划（100% 为计划下限）", "Plan (100% = its minimum)");
        g.drawString(plan, (float) (at + 18), (float) y);
        at += 30 + g.getFontMetrics().stringWidth(plan);
        g.setColor(ELAPSED);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
        g.draw(new Line2D.Double(at + 7, y - 9, at + 7, y + 1));
        g.setColor(Styles.INK);
        g.drawString(text("时间进度", "Year elapsed"), (float) (at + 14), (float) y);
    }

    /**
     * The scale's end: 100 %, or more to show an exceeded plan, in steps of 25 %, at most 200 %; a range's upper end
     * widens it to 125 % at most, so that ranges show without squeezing every bar.
     */
    private double scaleMax() {
        double max = 1.0;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.share(), Math.min(b.upper(), 1.25)));
        }
        return Math.min(2.0, Math.ceil(max * 4 - 1e-9) / 4);
    }

    private String text(String zh, String en) {
        return "en".equals(language) ? en : zh;
    }

    static Color color(TargetStatus s) {
        return switch (s) {
            case ACHIEVED -> Styles.GREEN;
            case IN_PROGRESS -> Styles.BLUE;
            case BEHIND -> Styles.RED;
            case NO_PLAN -> Styles.MUTED;
        };
    }

    private static void centered(Graphics2D g, String s, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(s, (float) (x - m.stringWidth(s) / 2.0), (float) y);
    }

    private static String fit(Graphics2D g, String s, int width) {
        FontMetrics m = g.getFontMetrics();
        if (m.stringWidth(s) <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
