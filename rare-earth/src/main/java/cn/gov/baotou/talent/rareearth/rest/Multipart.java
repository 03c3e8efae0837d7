package cn.gov.baotou.talent.rareearth.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small text fields of a multipart upload, read as UTF-8 and cut at a sane length. */
public final class Multipart {

    private static final int MAX_FIELD_BYTES = 1000;

    private Multipart() {}

    public static String text(EntityPart part) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 6266 inline (or attachment) disposition: an ASCII fallback and the real name in UTF-8 (RFC 8187). */
    public static String disposition(String type, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
