package cn.gov.baotou.talent.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.reporting.pdf.control.ReportDocument;
import cn.gov.baotou.talent.reporting.report.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TargetReportPdfTest {

    @Test
    void rendersTheTargetReport() throws Exception {
        byte[] pdf = new ReportDocument(Fixtures.targets("zh"), Fixtures.names(), LocalDate.of(2022, 9, 30)).pdf();
        Files.write(Path.of("target", "targets-fixture.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("内部资料");
        }
    }
}
