package cn.gov.baotou.talent.servicesplan.demo.boundary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF standing in for an enterprise's evidence (an audit report), so that the demo's documents open in the
 * browser like real uploads. Its text says it is synthetic; ASCII only, in a standard font, so it needs nothing
 * embedded.
 */
final class DemoEvidence {

    private DemoEvidence() {}

    static byte[] pdf(String... lines) {
        StringBuilder text =
                new StringBuilder("BT /F1 14 Tf 72 770 Td (Synthetic demo evidence - not a real document) Tj");
        for (String line : lines) {
            text.append(" 0 -24 Td (")
                    .append(line.replace("(", "[").replace(")", "]"))
                    .append(") Tj");
        }
        text.append(" ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(
                out,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
