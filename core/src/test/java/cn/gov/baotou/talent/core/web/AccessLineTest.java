package cn.gov.baotou.talent.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.web.control.AccessLine;
import org.junit.jupiter.api.Test;

class AccessLineTest {

    @Test
    void anApiCallIsLoggedByItsTemplateNeverItsValues() {
        assertThat(new AccessLine(
                                "magnet",
                                "ENTERPRISE",
                                "GET",
                                AccessLine.path("/api/v1/intake/hires/{id}", "/api"),
                                200,
                                12)
                        .toString())
                .isEqualTo("access account=magnet role=ENTERPRISE method=GET path=/api/v1/intake/hires/{id} status=200"
                        + " ms=12");
    }

    @Test
    void anAddressNoResourceMatchedIsNotWrittenDown() {
        // an id typed into an address may be an ID number
        assertThat(AccessLine.path(null, "/api")).isEqualTo(AccessLine.UNMATCHED_API);
        assertThat(AccessLine.path(null, null)).isEqualTo(AccessLine.UNMATCHED_API);
    }

    @Test
    void aPageIsLoggedByItsOwnAddressWithAnythingOddMasked() {
        assertThat(AccessLine.path(null, "/intake/hire.xhtml")).isEqualTo("/intake/hire.xhtml");
        assertThat(AccessLine.path(null, "/x/张三.xhtml")).isEqualTo("/x/??.xhtml");
    }
}
