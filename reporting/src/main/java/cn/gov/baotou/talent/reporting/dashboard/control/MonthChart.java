package cn.gov.baotou.talent.reporting.dashboard.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure month by month: a column per month, the running total as a line, and the year's target as a dashed line,
 * so that one sees both the rhythm of the months and when (or whether) the total reaches the plan.
 */
public final class MonthChart {

    /** One month: its label ("3月") and the figure achieved in it. */
    public record Month(String label, BigDecimal value) {}

    /** Texts of the chart in the page's language. */
    public record Legend(String monthly, String cumulative, String target) {}

    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private MonthChart() {}

    public static String svg(String title, List<Month> months, BigDecimal planned, Legend legend) {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        double total = 0;
        double[] cumulative = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            total += value(months.get(i));
            cumulative[i] = total;
        }
        double max = Ticks.niceMax(Math.max(total, planned == null ? 0 : planned.doubleValue()));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double bottom = TOP + plotH;
        double step = Ticks.step(max);
        for (double tick = 0; tick <= max + 1e-9; tick += step) {
            double y = bottom - plotH * tick / max;
            svg.line(LEFT, y, LEFT + plotW, y, tick == 0 ? "axis" : "grid");
            svg.text(LEFT - 6, y + 4, Svg.n(tick), "end", "tick");
        }
        double slot = plotW / Math.max(1, months.size());
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            double x = LEFT + slot * i;
            double h = plotH * value(m) / max;
            double barW = Math.min(28, slot * 0.6);
            svg.rect(
                    x + (slot - barW) / 2,
                    bottom - h,
                    barW,
                    h,
                    "bar count",
                    m.label() + " " + legend.monthly() + "：" + Svg.number(m.value()));
            svg.text(x + slot / 2, bottom + 16, m.label(), "middle", "tick");
            double cy = bottom - plotH * cumulative[i] / max;
            points.append(Svg.n(x + slot / 2)).append(',').append(Svg.n(cy)).append(' ');
        }
        if (!months.isEmpty()) {
            svg.polyline(points.toString().strip(), "cumulative");
            for (int i = 0; i < months.size(); i++) {
                double cy = bottom - plotH * cumulative[i] / max;
                svg.circle(
                        LEFT + slot * i + slot / 2,
                        cy,
                        3,
                        "cumulative-dot",
                        months.get(i).label() + " " + legend.cumulative() + "：" + Svg.n(cumulative[i]));
            }
        }
        if (planned != null && planned.signum() > 0) {
            double y = bottom - plotH * planned.doubleValue() / max;
            svg.line(LEFT, y, LEFT + plotW, y, "target-line");
            svg.text(LEFT + 4, y - 5, legend.target() + " " + Svg.number(planned), "start", "target-label");
        }
        double ly = HEIGHT - 8;
        svg.rect(LEFT, ly - 9, 12, 10, "bar count", null);
        svg.text(LEFT + 16, ly, legend.monthly(), "start", "legend");
        svg.line(LEFT + 90, ly - 4, LEFT + 110, ly - 4, "cumulative");
        svg.text(LEFT + 114, ly, legend.cumulative(), "start", "legend");
        if (planned != null && planned.signum() > 0) {
            svg.line(LEFT + 200, ly - 4, LEFT + 220, ly - 4, "target-line");
            svg.text(LEFT + 224, ly, legend.target(), "start", "legend");
        }
        return svg.end();
    }

    private static double value(Month m) {
        return m.value() == null ? 0 : m.value().doubleValue();
    }
}
