package cn.gov.baotou.talent.core.document.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * What an upload must be: not empty, at most {@code maxBytes} (configured as {@code talent.upload.max-bytes}), and a
 * PDF, JPEG or PNG by its content. Each breach is named on the field {@code file}.
 */
public record UploadRules(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final String FIELD = "file";

    public UploadRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("talent.upload.max-bytes must be positive: " + maxBytes);
        }
    }

    /** The detected type, or empty with the reason added to {@code errors}; {@code size} may exceed the limit by one. */
    public Optional<ContentType> check(long size, byte[] head, List<FieldError> errors) {
        if (size <= 0) {
            errors.add(FieldError.of(FIELD, "document.file.empty"));
            return Optional.empty();
        }
        if (size > maxBytes) {
            errors.add(FieldError.of(FIELD, "document.file.tooLarge", limit()));
            return Optional.empty();
        }
        Optional<ContentType> type = ContentType.of(head);
        if (type.isEmpty()) {
            errors.add(FieldError.of(FIELD, "document.file.type"));
        }
        return type;
    }

    /** The limit as people read it: {@code 10 MiB}, {@code 512 KiB} or {@code 1000 B}; text, so never "1,000". */
    public String limit() {
        if (maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MiB";
        }
        if (maxBytes % 1024 == 0) {
            return maxBytes / 1024 + " KiB";
        }
        return maxBytes + " B";
    }
}
