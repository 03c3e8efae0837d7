package cn.gov.baotou.talent.reporting.pdf.control;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The 内部资料 mark across every page, drawn diagonally in a pale tone behind the content: vector outlines (the PDF
 * exporter turns Java2D drawing into shapes), so it needs no font and leaves the page text extractable as it is.
 */
final class Watermark extends AbstractRenderer implements Graphics2DRenderable, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Color TONE = new Color(0xF5, 0xEA, 0xEA);

    private final String text;

    Watermark(String text) {
        this.text = text;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Font font = ChartFont.bold(64f);
            GlyphVector glyphs = font.createGlyphVector(g2.getFontRenderContext(), text);
            Rectangle2D bounds = glyphs.getVisualBounds();
            AffineTransform at = new AffineTransform();
            at.translate(area.getCenterX(), area.getCenterY());
            at.rotate(-Math.atan2(area.getHeight(), area.getWidth()) * 0.75);
            at.translate(-bounds.getCenterX(), -bounds.getCenterY());
            g2.setColor(TONE);
            g2.fill(at.createTransformedShape(glyphs.getOutline()));
        } finally {
            g2.dispose();
        }
    }
}
