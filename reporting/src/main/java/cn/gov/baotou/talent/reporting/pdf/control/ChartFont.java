package cn.gov.baotou.talent.reporting.pdf.control;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report font as Java2D draws it in charts and the watermark. The PDF exporter turns what they draw into vector
 * outlines, so this text needs no embedded font; it is the same face as the text around it. Loaded once.
 */
final class ChartFont {

    private static volatile Font regular;
    private static volatile Font bold;

    private ChartFont() {}

    static Font regular(float size) {
        Font f = regular;
        if (f == null) {
            f = load("NotoSansSC-Baotou-Regular.ttf");
            regular = f;
        }
        return f.deriveFont(size);
    }

    static Font bold(float size) {
        Font f = bold;
        if (f == null) {
            f = load("NotoSansSC-Baotou-Bold.ttf");
            bold = f;
        }
        return f.deriveFont(size);
    }

    private static Font load(String file) {
        try (InputStream in = ChartFont.class.getResourceAsStream("/fonts/notosanssc/" + file)) {
            if (in == null) {
                throw new IllegalStateException("report font missing: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
