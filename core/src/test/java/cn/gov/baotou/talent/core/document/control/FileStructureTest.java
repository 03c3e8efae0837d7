package cn.gov.baotou.talent.core.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.testing.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload is what its first bytes claim all the way through: a PDF or image that is also a web page (a polyglot)
 * is refused on the field {@code file} naming the rule (issue 15, item 9).
 */
class FileStructureTest {

    static final byte[] PAGE =
            "<html><body><script>fetch('/api/v1/accounts')</script></body></html>".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void aRealPdfPngAndJpegPass() throws IOException {
        assertThat(check(ContentType.PDF, SampleFiles.pdf("三方协议"))).isEmpty();
        assertThat(check(ContentType.PNG, SampleFiles.png())).isEmpty();
        assertThat(check(ContentType.JPEG, SampleFiles.jpeg())).isEmpty();
        // white space or NUL padding after the end is what some writers add
        assertThat(check(ContentType.PDF, join(SampleFiles.pdf("x"), "\r\n\0\0".getBytes(StandardCharsets.US_ASCII))))
                .isEmpty();
    }

    @Test
    void aPdfHeaderFollowedByAPageIsRefused() throws IOException {
        byte[] polyglot = join("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), PAGE);
        assertThat(check(ContentType.PDF, polyglot)).contains(FieldError.of("file", "document.file.markup", "<html"));
    }

    @Test
    void aPdfWithAPageAfterItsEndIsRefused() throws IOException {
        byte[] pdf = SampleFiles.pdf("x");
        byte[] tail = "<p>a page</p><img src=x onerror=alert(1)>".getBytes(StandardCharsets.US_ASCII);
        assertThat(rule(check(ContentType.PDF, join(pdf, tail)))).isEqualTo("document.file.trailing");
        // a page at the very end is markup wherever the last %%EOF is
        assertThat(rule(check(ContentType.PDF, join(pdf, join(PAGE, "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))))
                .isEqualTo("document.file.markup");
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsRefused() throws IOException {
        assertThat(check(ContentType.PDF, "%PDF-1.4\n% just a comment\n%%EOF\n".getBytes(StandardCharsets.UTF_8)))
                .contains(FieldError.of("file", "document.file.structure", "PDF"));
        byte[] cut = Arrays.copyOf(SampleFiles.pdf("x"), 60);
        assertThat(rule(check(ContentType.PDF, cut))).isEqualTo("document.file.structure");
    }

    @Test
    void aPngWithAnythingAfterIendIsRefused() throws IOException {
        Optional<FieldError> refused = check(ContentType.PNG, join(SampleFiles.png(), "<!-- -->x".getBytes()));
        assertThat(rule(refused)).isEqualTo("document.file.trailing");
        assertThat(rule(check(ContentType.PNG, join(SampleFiles.png(), PAGE)))).isEqualTo("document.file.markup");
    }

    @Test
    void aPngOrJpegThatDoesNotDecodeIsRefused() throws IOException {
        byte[] png = SampleFiles.png();
        assertThat(rule(check(ContentType.PNG, Arrays.copyOf(png, png.length - 20))))
                .isEqualTo("document.file.structure");
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(rule(check(ContentType.PNG, header))).isEqualTo("document.file.structure");
        byte[] jpeg = SampleFiles.jpeg();
        byte[] broken = jpeg.clone();
        // the middle of the compressed data replaced: the decoder cannot read it, though it still ends with EOI
        Arrays.fill(broken, 20, broken.length - 2, (byte) 0xFF);
        assertThat(rule(check(ContentType.JPEG, broken))).isEqualTo("document.file.structure");
    }

    @Test
    void aJpegWithAPageAfterItsEndIsRefused() throws IOException {
        assertThat(rule(check(ContentType.JPEG, join(SampleFiles.jpeg(), "</script>x".getBytes()))))
                .isEqualTo("document.file.trailing");
        byte[] start = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, 0, 80};
        assertThat(rule(check(ContentType.JPEG, join(start, PAGE)))).isEqualTo("document.file.markup");
    }

    @Test
    void markupIsFoundWhateverItsCase() {
        assertThat(FileStructure.markup("%PDF-1.4 <SVG onload=x>".getBytes())).contains("<svg");
        assertThat(FileStructure.markup("%PDF-1.4 <ScRiPt>".getBytes())).contains("<script");
        assertThat(FileStructure.markup("%PDF-1.4 a < html".getBytes())).isEmpty();
    }

    private Optional<FieldError> check(ContentType type, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, bytes);
        return FileStructure.check(type, file);
    }

    private static String rule(Optional<FieldError> error) {
        return error.map(FieldError::messageKey).orElse("accepted");
    }

    private static byte[] join(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
