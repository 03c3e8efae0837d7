package cn.gov.baotou.talent.core.ledger.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of a request's fields in a canonical form: each field as {@code name=value} on a line of its own, in a
 * fixed order, amounts at scale 2, texts stripped, a missing value as empty. Two requests that mean the same (
 * {@code 100000} and {@code 100000.00}, a trailing space in a reference) have the same fingerprint; any other
 * difference changes it. Kept with the row an idempotency key wrote, so that the key sent again with other fields is
 * told apart from a repeat.
 */
public final class RequestFingerprint {

    private final Map<String, String> fields = new LinkedHashMap<>();

    public RequestFingerprint field(String name, Object value) {
        fields.put(name, canonical(value));
        return this;
    }

    public String sha256() {
        StringBuilder text = new StringBuilder();
        fields.forEach(
                (name, value) -> text.append(name).append('=').append(value).append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        // line breaks escaped: a value cannot pass for the next field
        return value.toString()
                .strip()
                .replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
