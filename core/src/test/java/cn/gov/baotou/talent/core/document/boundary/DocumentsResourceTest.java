package cn.gov.baotou.talent.core.document.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document is offered for preview under its own name, in any script, without breaking the header. */
class DocumentsResourceTest {

    @Test
    void theNameIsGivenInAsciiAndInUtf8() {
        assertThat(DocumentsResource.inline("三方协议 2022.pdf"))
                .isEqualTo("inline; filename=\"____ 2022.pdf\"; filename*=UTF-8''"
                        + "%E4%B8%89%E6%96%B9%E5%8D%8F%E8%AE%AE%202022.pdf");
    }

    @Test
    void quotesAndSemicolonsCannotEndTheHeaderValue() {
        assertThat(DocumentsResource.inline("a\";b*.png"))
                .isEqualTo("inline; filename=\"a__b*.png\"; filename*=UTF-8''a%22%3Bb%2A.png");
    }
}
