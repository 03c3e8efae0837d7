package cn.gov.baotou.talent.core.document.control;

import java.util.Arrays;
import java.util.Optional;

/** The file types the store accepts, recognised by their first bytes (magic numbers) and never by name or label. */
public enum ContentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many leading bytes are enough to tell the types apart. */
    public static final int HEAD_BYTES = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    ContentType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The type whose signature the content starts with; empty for anything else. */
    public static Optional<ContentType> of(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.startsOf(head)).findFirst();
    }

    public static Optional<ContentType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    private boolean startsOf(byte[] head) {
        return head != null
                && head.length >= magic.length
                && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
