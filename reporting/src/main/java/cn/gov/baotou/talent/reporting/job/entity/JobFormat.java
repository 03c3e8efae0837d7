package cn.gov.baotou.talent.reporting.job.entity;

import java.util.Locale;
import java.util.Optional;

/** What a job produces, with the file's extension and media type. */
public enum JobFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    JobFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code pdf} or {@code xlsx}, in any case; empty for anything else. */
    public static Optional<JobFormat> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (JobFormat f : values()) {
            if (f.extension.equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
