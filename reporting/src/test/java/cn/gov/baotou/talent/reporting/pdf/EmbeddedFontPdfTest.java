package cn.gov.baotou.talent.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.reporting.pdf.control.PdfExport;
import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report font covers people's names beyond GB2312 and is embedded, and the PDF is valid PDF/A-2b — checked by
 * reading the PDF back (PDFBox) and validating it (veraPDF), not by trusting the exporter.
 */
class EmbeddedFontPdfTest {

    static final String NAMES = "王堃 李喆 张赟 刘玥 陈珺 赵旻 孙昇 周镕";
    static final String FAMILY = "Noto Sans SC Baotou";
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        JasperDesign d = new JasperDesign();
        d.setName("font-check");
        d.setPageWidth(595);
        d.setPageHeight(842);
        d.setColumnWidth(515);
        d.setLeftMargin(40);
        d.setRightMargin(40);
        JRDesignStyle base = new JRDesignStyle();
        base.setName("base");
        base.setDefault(true);
        base.setFontName(FAMILY);
        base.setFontSize(12f);
        d.addStyle(base);
        JRDesignField name = new JRDesignField();
        name.setName("name");
        name.setValueClass(String.class);
        d.addField(name);
        JRDesignBand title = new JRDesignBand();
        title.setHeight(40);
        JRDesignStaticText heading = new JRDesignStaticText();
        heading.setText("目标任务完成情况 · 内部资料");
        heading.setWidth(515);
        heading.setHeight(30);
        heading.setBold(true);
        title.addElement(heading);
        d.setTitle(title);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(24);
        JRDesignTextField field = new JRDesignTextField();
        field.setExpression(new JRDesignExpression("$F{name}"));
        field.setWidth(515);
        field.setHeight(22);
        detail.addElement(field);
        ((JRDesignSection) d.getDetailSection()).addBand(detail);
        JasperReport report = JasperCompileManager.compileReport(d);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String n : NAMES.split(" ")) {
            rows.add(Map.of("name", n));
        }
        JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(), new JRMapCollectionDataSource(rows));
        pdf = PdfExport.pdfA(print, "字体检查");
        // kept for a person to look at: pdftoppm -png target/font-check.pdf
        Files.write(Path.of("target", "font-check.pdf"), pdf);
    }

    @Test
    void theFontHasTheGlyphsOfNamesOutsideGb2312() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fonts/notosanssc/NotoSansSC-Baotou-Regular.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            assertThat(font.canDisplayUpTo(NAMES.replace(" ", ""))).isEqualTo(-1);
        }
    }

    @Test
    void theTextReadsBackAndEveryFontIsEmbedded() throws Exception {
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("目标任务完成情况", "内部资料");
        for (String n : NAMES.split(" ")) {
            assertThat(text).contains(n);
        }
        PdfChecks.fontsEmbeddedAndVector(pdf);
    }

    @Test
    void itIsValidPdfA2b() throws Exception {
        PdfChecks.validPdfA2b(pdf);
    }
}
