package cn.gov.baotou.talent.reporting.dashboard.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A policy's chart: one horizontal bar per target, its completion rate (achieved / planned) coloured by its status,
 * against the 100% line and, while the period runs, the dashed line of 时间进度 — one scale for targets as different as 5 teams and 1000
 * trained.
 */
public final class CompletionChart {

    /** One target: its name, the figure as read ("12 / 30 名"), its completion in percent and status. */
    public record Bar(String label, String figure, BigDecimal percent, TargetStatus status) {}

    private static final int WIDTH = 560;
    private static final int LABEL = 150;
    private static final int RIGHT = 96;
    private static final int ROW = 34;
    private static final int TOP = 24;
    private static final int BOTTOM = 26;

    private CompletionChart() {}

    /**
     * The chart as SVG; {@code timeShare} (0–1) draws the 时间进度 line, {@code legend} holds the texts for the axis and
     * that line.
     */
    public static String svg(String title, List<Bar> bars, BigDecimal timeShare, Legend legend) {
        int height = TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
        Svg svg = new Svg(WIDTH, height, title);
        double max = scaleMax(bars);
        double plot = WIDTH - LABEL - RIGHT;
        double bottom = TOP + bars.size() * ROW;
        for (int tick = 0; tick <= max; tick += max > 100 ? 50 : 25) {
            double x = LABEL + plot * tick / max;
            svg.line(x, TOP - 4, x, bottom, tick == 100 ? "axis-strong" : "grid");
            svg.text(x, bottom + 16, tick + "%", "middle", "tick");
        }
        if (timeShare != null && timeShare.signum() > 0 && timeShare.compareTo(BigDecimal.ONE) < 0) {
            double x = LABEL + plot * Math.min(100, timeShare.doubleValue() * 100) / max;
            svg.line(x, TOP - 8, x, bottom, "time-line");
            String share = Svg.number(timeShare.movePointRight(2).setScale(0, RoundingMode.HALF_UP));
            svg.text(x, TOP - 11, legend.timeProgress() + " " + share + "%", "middle", "time-label");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double pct = b.percent() == null ? 0 : b.percent().doubleValue();
            double w = plot * Math.min(pct, max) / max;
            svg.text(LABEL - 8, y + ROW / 2.0 + 4, Svg.clip(b.label(), 11), "end", "label");
            svg.rect(LABEL, y + 8, plot, ROW - 16, "track", null);
            svg.rect(
                    LABEL,
                    y + 8,
                    w,
                    ROW - 16,
                    "bar " + css(b.status()),
                    b.label() + "：" + b.figure() + "（" + Svg.number(b.percent()) + "%）");
            svg.text(LABEL + plot + 6, y + ROW / 2.0 + 4, Svg.number(b.percent()) + "%", "start", "value");
        }
        return svg.end();
    }

    /** Texts of the chart in the page's language. */
    public record Legend(String timeProgress) {}

    static String css(TargetStatus status) {
        return switch (status) {
            case MET -> "met";
            case ON_TRACK -> "on-track";
            case LAGGING -> "lagging";
            case NO_PLAN -> "no-plan";
            case COUNTED -> "counted";
        };
    }

    /** 100%, or more in steps of 50 when a target is exceeded (at most 200%: beyond, the bar is cut). */
    private static double scaleMax(List<Bar> bars) {
        double top = bars.stream()
                .map(Bar::percent)
                .filter(p -> p != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        if (top <= 100) {
            return 100;
        }
        return Math.min(200, Math.ceil(top / 50) * 50);
    }
}
