package cn.gov.baotou.talent.core.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The submitted name is kept only to show: no folders, no control characters or quotes, and never empty. */
class FileNameTest {

    @Test
    void aPlainNameIsKept() {
        assertThat(FileName.clean("三方协议（王堃）.pdf", ContentType.PDF)).isEqualTo("三方协议（王堃）.pdf");
    }

    @Test
    void foldersControlCharactersAndQuotesAreDropped() {
        assertThat(FileName.clean("../../etc/passwd", ContentType.PDF)).isEqualTo("passwd");
        assertThat(FileName.clean("C:\\Users\\王\\证书.png", ContentType.PNG)).isEqualTo("证书.png");
        assertThat(FileName.clean("a\"b\r\n.jpg", ContentType.JPEG)).isEqualTo("ab.jpg");
    }

    @Test
    void nothingLeftGivesAPlainNameOfTheDetectedType() {
        assertThat(FileName.clean(null, ContentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileName.clean("  ", ContentType.JPEG)).isEqualTo("document.jpg");
        assertThat(FileName.clean("dir/..", ContentType.PNG)).isEqualTo("document.png");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cut = FileName.clean("协".repeat(300) + ".pdf", ContentType.PDF);
        assertThat(cut).hasSize(FileName.MAX).endsWith("协.pdf");
    }
}
