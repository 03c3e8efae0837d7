package cn.gov.baotou.talent.core.account.control;

import java.util.Set;

/**
 * The address a request came from, for the sign-in throttle. {@code X-Forwarded-For} is believed only when the
 * request comes from a proxy the operator named ({@code talent.trusted-proxies}): anyone else could write any address
 * there and so escape the throttle per address. Of the forwarded addresses the last one not itself a trusted proxy is
 * taken: a client can prepend whatever it likes, but the entry its proxy appended is the address it came from.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        String remote = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress.strip();
        if (forwardedFor == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 100 ? hop.substring(0, 100) : hop;
            }
        }
        return remote;
    }
}
