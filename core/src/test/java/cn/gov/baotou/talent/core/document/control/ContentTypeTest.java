package cn.gov.baotou.talent.core.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The store tells a file's type from its first bytes only: what it is called or claims to be does not count. */
class ContentTypeTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void pdfJpegAndPngAreRecognisedByTheirSignatures() {
        assertThat(ContentType.of(PDF)).contains(ContentType.PDF);
        assertThat(ContentType.of(JPEG)).contains(ContentType.JPEG);
        assertThat(ContentType.of(PNG)).contains(ContentType.PNG);
        assertThat(ContentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ContentType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ContentType.PNG.mediaType()).isEqualTo("image/png");
    }

    @Test
    void anythingElseIsNoneOfThem() {
        for (String other : new String[] {
            "<html><script>alert(1)</script>",
            "PK\u0003\u0004word/document.xml",
            "GIF89a",
            "%PDF",
            " %PDF-1.7",
            "{\"pdf\":1}"
        }) {
            assertThat(ContentType.of(other.getBytes(StandardCharsets.ISO_8859_1)))
                    .as(other)
                    .isEmpty();
        }
        assertThat(ContentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ContentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A}))
                .isEmpty();
        assertThat(ContentType.of(new byte[0])).isEmpty();
        assertThat(ContentType.of(null)).isEmpty();
    }

    @Test
    void theSignatureMustStandAtTheVeryStart() {
        byte[] shifted = new byte[PNG.length + 1];
        System.arraycopy(PNG, 0, shifted, 1, PNG.length);
        assertThat(ContentType.of(shifted)).isEmpty();
    }

    @Test
    void eightBytesAreEnoughToTellThemApart() {
        assertThat(ContentType.HEAD_BYTES).isEqualTo(8);
        for (ContentType t : ContentType.values()) {
            assertThat(ContentType.ofMediaType(t.mediaType())).contains(t);
        }
        assertThat(ContentType.ofMediaType("text/html")).isEmpty();
    }
}
