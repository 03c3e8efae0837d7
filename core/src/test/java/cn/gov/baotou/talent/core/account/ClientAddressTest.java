package cn.gov.baotou.talent.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.control.ClientAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only from a trusted proxy, and then its last untrusted hop. */
class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheForwardedAddressIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", "10.9.9.9", Set.of())).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", "10.9.9.9", Set.of("10.0.0.1")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void fromATrustedProxyTheHopItAppendedIsTakenNotWhatTheClientWrote() {
        Set<String> proxy = Set.of("10.0.0.1");
        assertThat(ClientAddress.of("10.0.0.1", "198.51.100.7", proxy)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4, 198.51.100.7", proxy)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.1", "198.51.100.7, 10.0.0.1", proxy))
                .isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.1", " , ", proxy)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of(null, null, proxy)).isEqualTo("unknown");
    }
}
