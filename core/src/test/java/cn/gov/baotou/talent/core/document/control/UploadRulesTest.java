package cn.gov.baotou.talent.core.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upload is refused on the field {@code file} when empty, over the limit, or not a PDF, JPEG or PNG by content. */
class UploadRulesTest {

    private final UploadRules rules = new UploadRules(1024);

    @Test
    void aFileUpToTheLimitOfAnAcceptedTypePasses() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(rules.check(1024, ContentTypeTest.PNG, errors)).contains(ContentType.PNG);
        assertThat(rules.check(1, ContentTypeTest.PDF, errors)).contains(ContentType.PDF);
        assertThat(errors).isEmpty();
    }

    @Test
    void oneByteOverTheLimitIsRefusedNamingTheLimit() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(rules.check(1025, ContentTypeTest.PDF, errors)).isEmpty();
        assertThat(errors).containsExactly(FieldError.of("file", "document.file.tooLarge", "1 KiB"));
    }

    @Test
    void anEmptyFileIsRefused() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(rules.check(0, new byte[0], errors)).isEmpty();
        assertThat(errors).containsExactly(FieldError.of("file", "document.file.empty"));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWhateverItIsCalled() {
        List<FieldError> errors = new ArrayList<>();
        byte[] html = "<html>contract.pdf</html>".getBytes(StandardCharsets.UTF_8);
        assertThat(rules.check(html.length, html, errors)).isEmpty();
        assertThat(errors).containsExactly(FieldError.of("file", "document.file.type"));
    }

    @Test
    void theLimitReadsAsPeopleWriteIt() {
        assertThat(new UploadRules(UploadRules.DEFAULT_MAX_BYTES).limit()).isEqualTo("10 MiB");
        assertThat(new UploadRules(512 * 1024).limit()).isEqualTo("512 KiB");
        assertThat(new UploadRules(1000).limit()).isEqualTo("1000 B");
        assertThat(UploadRules.DEFAULT_MAX_BYTES).isEqualTo(10_485_760L);
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new UploadRules(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadRules(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
