package cn.gov.baotou.talent.core.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A token's text: generated with 256 random bits, read back, matched only by its own secret, never logged. */
class TokenSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aGeneratedTokenIsReadBackAsItself() {
        TokenSecret t = TokenSecret.generate(random);
        assertThat(t.text()).matches("tpt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(TokenSecret.parse(t.text())).contains(t);
        assertThat(TokenSecret.parse("  " + t.text() + " ")).contains(t);
    }

    @Test
    void theSecretHas256BitsAndTwoTokensDiffer() {
        TokenSecret a = TokenSecret.generate(random);
        TokenSecret b = TokenSecret.generate(random);
        assertThat(Base64.getUrlDecoder().decode(a.secret())).hasSize(32);
        assertThat(a.lookupId()).isNotEqualTo(b.lookupId());
        assertThat(a.secret()).isNotEqualTo(b.secret());
    }

    @Test
    void theStoredHashIsTheSha256OfTheSecretAndOnlyThatSecretMatchesIt() throws Exception {
        TokenSecret t = TokenSecret.generate(random);
        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(t.secret().getBytes(StandardCharsets.US_ASCII)));
        assertThat(t.hash()).isEqualTo(expected).doesNotContain(t.secret());
        assertThat(t.matches(t.hash())).isTrue();

        TokenSecret sameIdOtherSecret =
                new TokenSecret(t.lookupId(), TokenSecret.generate(random).secret());
        assertThat(sameIdOtherSecret.matches(t.hash())).isFalse();
        assertThat(t.matches(null)).isFalse();
        assertThat(t.matches("zz".repeat(32))).isFalse();
        assertThat(t.matches(t.hash().substring(1))).isFalse();
    }

    @Test
    void textThatCannotBeATokenIsNotReadAsOne() {
        String good = TokenSecret.generate(random).text();
        assertThat(TokenSecret.parse(null)).isEmpty();
        assertThat(TokenSecret.parse("")).isEmpty();
        assertThat(TokenSecret.parse(good.substring(0, good.length() - 1))).isEmpty();
        assertThat(TokenSecret.parse(good + "A")).isEmpty();
        assertThat(TokenSecret.parse(good.replace("tpt_", "xyz_"))).isEmpty();
        assertThat(TokenSecret.parse(good.replace("tpt_", "TPT_"))).isEmpty();
        assertThat(TokenSecret.parse("city:Baotou@2022")).isEmpty();
    }

    @Test
    void theSecretNeverShowsInItsTextForm() {
        TokenSecret t = TokenSecret.generate(random);
        assertThat(t.toString()).startsWith("tpt_" + t.lookupId()).doesNotContain(t.secret());
    }
}
