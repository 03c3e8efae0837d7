package cn.gov.baotou.talent.intake.hire.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo's agreement copy is a PDF a viewer opens: recognised by its head, each object where the table says. */
class AgreementCopyTest {

    @Test
    void theCrossReferenceTablePointsAtEveryObject() {
        String pdf = new String(AgreementCopy.pdf(), StandardCharsets.US_ASCII);
        assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        Matcher start = Pattern.compile("startxref\n(\\d+)\n").matcher(pdf);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object).isEqualTo(6);
    }
}
