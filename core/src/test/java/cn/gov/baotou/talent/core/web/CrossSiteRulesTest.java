package cn.gov.baotou.talent.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.web.control.CrossSiteRules;
import cn.gov.baotou.talent.core.web.control.CrossSiteRules.Breach;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A state-changing API call riding on the session cookie must come from the platform's own origin and carry the
 * session's token; a call by token or Basic only must not come from a foreign page (issue 15, item 2).
 */
class CrossSiteRulesTest {

    static final Set<String> OWN = CrossSiteRules.ownOrigins("http", "talent.baotou.gov.cn", null, null);
    static final String TOKEN = "s3cr3t-token";

    @Test
    void onlyWritesUnderTheApiAreGuarded() {
        assertThat(CrossSiteRules.guarded("POST", "/api/v1/parameters/versions"))
                .isTrue();
        assertThat(CrossSiteRules.guarded("put", "/api/v1/calendar/2025")).isTrue();
        assertThat(CrossSiteRules.guarded("PATCH", "/api/v1/x")).isTrue();
        assertThat(CrossSiteRules.guarded("DELETE", "/api/v1/x")).isTrue();
        assertThat(CrossSiteRules.guarded("GET", "/api/v1/documents/1/content")).isFalse();
        assertThat(CrossSiteRules.guarded("HEAD", "/api/v1/x")).isFalse();
        assertThat(CrossSiteRules.guarded("OPTIONS", "/api/v1/x")).isFalse();
        // Faces forms keep their own protection (the view state)
        assertThat(CrossSiteRules.guarded("POST", "/core/ledger/pay.xhtml")).isFalse();
    }

    @Test
    void aCookieCallFromTheOwnOriginWithTheTokenPasses() {
        assertThat(check("http://talent.baotou.gov.cn", null, true, TOKEN)).isEmpty();
        assertThat(check(null, "http://talent.baotou.gov.cn/core/workbench.xhtml", true, TOKEN))
                .isEmpty();
        assertThat(check("HTTP://Talent.Baotou.gov.cn:80", null, true, TOKEN)).isEmpty();
    }

    @Test
    void aCookieCallFromAForeignPageIsRefusedWhateverItCarries() {
        assertThat(check("https://evil.example", null, true, TOKEN)).contains(Breach.FOREIGN_ORIGIN);
        assertThat(check("null", null, true, TOKEN)).contains(Breach.FOREIGN_ORIGIN);
        assertThat(check("http://talent.baotou.gov.cn.evil.example", null, true, TOKEN))
                .contains(Breach.FOREIGN_ORIGIN);
        assertThat(check("http://talent.baotou.gov.cn:8080", null, true, TOKEN)).contains(Breach.FOREIGN_ORIGIN);
        assertThat(check("https://talent.baotou.gov.cn", null, true, TOKEN)).contains(Breach.FOREIGN_ORIGIN);
        assertThat(check(null, "https://evil.example/page.html", true, TOKEN)).contains(Breach.FOREIGN_ORIGIN);
        // the Origin decides when both are sent
        assertThat(check("https://evil.example", "http://talent.baotou.gov.cn/", true, TOKEN))
                .contains(Breach.FOREIGN_ORIGIN);
    }

    @Test
    void aCookieCallWithoutASourceOrWithoutTheRightTokenIsRefused() {
        assertThat(check(null, null, true, TOKEN)).contains(Breach.NO_ORIGIN);
        assertThat(check("http://talent.baotou.gov.cn", null, true, null)).contains(Breach.TOKEN);
        assertThat(check("http://talent.baotou.gov.cn", null, true, "")).contains(Breach.TOKEN);
        assertThat(check("http://talent.baotou.gov.cn", null, true, "s3cr3t-tokeN"))
                .contains(Breach.TOKEN);
        // a session that was never shown a token accepts none
        assertThat(CrossSiteRules.check("http://talent.baotou.gov.cn", null, OWN, true, "", null))
                .contains(Breach.TOKEN);
        assertThat(CrossSiteRules.check("http://talent.baotou.gov.cn", null, OWN, true, null, null))
                .contains(Breach.TOKEN);
    }

    @Test
    void aTokenOrBasicCallNeedsNoTokenButMayNotComeFromAForeignPage() {
        assertThat(check(null, null, false, null)).isEmpty();
        assertThat(check("http://talent.baotou.gov.cn", null, false, null)).isEmpty();
        // a browser that remembers Basic credentials sends them along with a foreign page's request
        assertThat(check("https://evil.example", null, false, null)).contains(Breach.FOREIGN_ORIGIN);
    }

    @Test
    void behindATlsProxyTheForwardedSchemeAndHostAreTheOwnOrigin() {
        Set<String> own = CrossSiteRules.ownOrigins("http", "10.0.0.5:8080", "https", "talent.baotou.gov.cn");
        assertThat(own).contains("https://talent.baotou.gov.cn", "http://10.0.0.5:8080");
        assertThat(CrossSiteRules.check("https://talent.baotou.gov.cn", null, own, true, TOKEN, TOKEN))
                .isEmpty();
        assertThat(CrossSiteRules.ownOrigins("https", "talent.baotou.gov.cn:443", "https, http", null))
                .containsExactly("https://talent.baotou.gov.cn");
    }

    @Test
    void originsAreWrittenAsBrowsersWriteThem() {
        assertThat(CrossSiteRules.origin("http://localhost:8080/app/x?y=1")).contains("http://localhost:8080");
        assertThat(CrossSiteRules.origin("https://a.example:443")).contains("https://a.example");
        assertThat(CrossSiteRules.origin("null")).isEmpty();
        assertThat(CrossSiteRules.origin("file:///etc/passwd")).isEmpty();
        assertThat(CrossSiteRules.origin("http://[bad")).isEmpty();
        assertThat(CrossSiteRules.origin(" ")).isEmpty();
    }

    private static java.util.Optional<Breach> check(String origin, String referer, boolean bySession, String sent) {
        return CrossSiteRules.check(origin, referer, OWN, bySession, sent, TOKEN);
    }
}
