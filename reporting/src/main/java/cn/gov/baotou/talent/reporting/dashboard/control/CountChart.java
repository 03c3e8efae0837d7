package cn.gov.baotou.talent.reporting.dashboard.control;

import java.math.BigDecimal;
import java.util.List;

/** Horizontal bars of counts on one scale: a figure by district, or figures that have no plan. */
public final class CountChart {

    /** One bar: its name, its value and the unit read after it. */
    public record Bar(String label, BigDecimal value, String unit) {}

    private static final int WIDTH = 560;
    private static final int LABEL = 120;
    private static final int RIGHT = 70;
    private static final int ROW = 26;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    private CountChart() {}

    public static String svg(String title, List<Bar> bars) {
        int height = TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
        Svg svg = new Svg(WIDTH, height, title);
        double max = Ticks.niceMax(bars.stream()
                .map(Bar::value)
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0));
        double plot = WIDTH - LABEL - RIGHT;
        double bottom = TOP + bars.size() * ROW;
        double step = Ticks.step(max);
        for (double tick = 0; tick <= max + 1e-9; tick += step) {
            double x = LABEL + plot * tick / max;
            svg.line(x, TOP - 2, x, bottom, tick == 0 ? "axis" : "grid");
            svg.text(x, bottom + 16, Svg.n(tick), "middle", "tick");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double v = b.value() == null ? 0 : b.value().doubleValue();
            svg.text(LABEL - 8, y + ROW / 2.0 + 4, Svg.clip(b.label(), 8), "end", "label");
            svg.rect(
                    LABEL,
                    y + 6,
                    plot * v / max,
                    ROW - 12,
                    "bar count",
                    b.label() + "：" + Svg.number(b.value()) + " " + b.unit());
            svg.text(LABEL + plot * v / max + 6, y + ROW / 2.0 + 4, Svg.number(b.value()), "start", "value");
        }
        return svg.end();
    }
}
