package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How big an upload of hires may be: {@code talent.intake.import.max-bytes} (TALENT_INTAKE_IMPORT_MAX_BYTES, 5 MiB)
 * and {@code talent.intake.import.max-rows} (TALENT_INTAKE_IMPORT_MAX_ROWS, 1000 data rows). Each row is checked and
 * submitted in one transaction, so the row limit bounds how long that transaction runs.
 */
public record ImportLimits(long maxBytes, int maxRows) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 1000;

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxBytes + ", " + maxRows);
        }
    }

    static ImportLimits configured() {
        var config = ConfigProvider.getConfig();
        return new ImportLimits(
                config.getOptionalValue("talent.intake.import.max-bytes", Long.class)
                        .orElse(DEFAULT_MAX_BYTES),
                config.getOptionalValue("talent.intake.import.max-rows", Integer.class)
                        .orElse(DEFAULT_MAX_ROWS));
    }

    /** The upload's bytes, refused as field {@code file} once it is over the limit (never read further than that). */
    byte[] read(InputStream in) {
        if (in == null) {
            throw refused("import.file.missing");
        }
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            if (bytes.length == 0) {
                throw refused("import.file.missing");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InvalidInput tooLarge() {
        return refused("import.file.tooLarge", size());
    }

    /** The byte limit as a user reads it: 5 MB, 512 KB. */
    public String size() {
        if (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0) {
            return maxBytes / (1024 * 1024) + " MB";
        }
        if (maxBytes >= 1024) {
            return maxBytes / 1024 + " KB";
        }
        return maxBytes + " B";
    }

    private static InvalidInput refused(String key, Object... arguments) {
        return new InvalidInput(List.of(new FieldError("file", IntakeEligibility.BUNDLE, key, List.of(arguments))));
    }
}
