package cn.gov.baotou.talent.reporting.pdf.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Every report as archivable PDF/A-2b: the embedded CJK font (fonts/notosanssc), an sRGB output intent from the JDK's
 * own profile, and the title and author in the metadata.
 */
public final class PdfExport {

    public static final String AUTHOR = "包头市委人才工作领导小组办公室";
    private static volatile Path iccProfile;

    private PdfExport() {}

    public static byte[] pdfA(JasperPrint print, String title) {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(iccProfile().toString());
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(AUTHOR);
        configuration.setMetadataCreator("包头市人才政策平台");
        configuration.setDisplayMetadataTitle(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("the report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    /** The JDK's sRGB profile written once to a file, as the exporter wants a path. */
    static Path iccProfile() {
        Path p = iccProfile;
        if (p == null) {
            synchronized (PdfExport.class) {
                if (iccProfile == null) {
                    try {
                        Path file = Files.createTempFile("talent-srgb-", ".icc");
                        file.toFile().deleteOnExit();
                        Files.write(
                                file,
                                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                        iccProfile = file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                p = iccProfile;
            }
        }
        return p;
    }
}
