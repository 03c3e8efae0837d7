package cn.gov.baotou.talent.reporting.dashboard.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Small pieces of SVG markup, text escaped, numbers written with one decimal at most so the markup stays short. */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    Svg(int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>")
                .append(escape(label))
                .append("</title>");
    }

    Svg rect(double x, double y, double w, double h, String css, String tooltip) {
        out.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(Math.max(0, w)))
                .append("\" height=\"")
                .append(n(Math.max(0, h)))
                .append("\" class=\"")
                .append(css)
                .append('"');
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String css) {
        out.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" class=\"")
                .append(css)
                .append("\"/>");
        return this;
    }

    Svg polyline(String points, String css) {
        out.append("<polyline points=\"")
                .append(points)
                .append("\" class=\"")
                .append(css)
                .append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String css, String tooltip) {
        out.append("<circle cx=\"")
                .append(n(cx))
                .append("\" cy=\"")
                .append(n(cy))
                .append("\" r=\"")
                .append(n(r))
                .append("\" class=\"")
                .append(css)
                .append("\"><title>")
                .append(escape(tooltip))
                .append("</title></circle>");
        return this;
    }

    /** Text anchored {@code start}, {@code middle} or {@code end}. */
    Svg text(double x, double y, String text, String anchor, String css) {
        out.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" class=\"")
                .append(css)
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String number(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    /**
     * At most as wide as {@code max} Chinese characters (a Latin letter or digit counts as about half of one), the rest
     * as an ellipsis; the full text stays in the tooltip.
     */
    static String clip(String text, int max) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 0.55 : 1;
            if (width > max) {
                return text.substring(0, Math.max(1, i - 1)) + "…";
            }
        }
        return text;
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
