package cn.gov.baotou.talent.core.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API token as its holder sends it, {@code tpt_<lookup id>_<secret>}: the lookup id (16 hex digits) finds the
 * stored token, the secret (256 random bits, base64url) proves it.
 *
 * <p>Only the SHA-256 of the secret is stored. A single fast hash is enough here, unlike for passwords: a password is
 * chosen by a person and guessable, so it needs PBKDF2's deliberate slowness; this secret has the full 256 bits of
 * entropy of {@link SecureRandom}, so no guessing or precomputed table can find it from its hash, however fast the hash
 * is. That is what lets a token be checked in microseconds instead of PBKDF2's 60 ms.
 */
public record TokenSecret(String lookupId, String secret) {

    /** Marks the text as this platform's token (and lets secret scanners recognise a leaked one). */
    public static final String PREFIX = "tpt_";

    private static final int LOOKUP_BYTES = 8;
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("tpt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

    /** A new token from {@code random}: the only moment its secret exists in clear on the server. */
    public static TokenSecret generate(SecureRandom random) {
        byte[] lookup = new byte[LOOKUP_BYTES];
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(lookup);
        random.nextBytes(secret);
        return new TokenSecret(
                HexFormat.of().formatHex(lookup),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in {@code text}; empty when the text cannot be one of ours (nothing is looked up then). */
    public static Optional<TokenSecret> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        return m.matches() ? Optional.of(new TokenSecret(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The whole token, as shown once to whoever issued it and sent as {@code Authorization: Bearer}. */
    public String text() {
        return PREFIX + lookupId + "_" + secret;
    }

    /** What is stored: the SHA-256 of the secret, 64 hex digits. */
    public String hash() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this secret is the one {@code storedHash} was made from; in constant time. */
    public boolean matches(String storedHash) {
        if (storedHash == null || storedHash.length() != 64) {
            return false;
        }
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(stored, sha256(secret));
    }

    /** The secret never appears in logs or exceptions. */
    @Override
    public String toString() {
        return PREFIX + lookupId + "_…";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
