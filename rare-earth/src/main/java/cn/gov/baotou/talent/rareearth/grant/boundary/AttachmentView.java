package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationDocuments;
import java.time.Instant;

/**
 * An attachment as the API and the case page show it: its title, the stored file's name, type, size and SHA-256, who
 * filed it when, and where to preview it ({@code content}) or download it ({@code content?download=true}).
 */
public record AttachmentView(
        long documentId,
        String title,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String attachedBy,
        Instant attachedAt,
        String content) {

    static AttachmentView of(long applicationId, ApplicationDocuments.Attached a) {
        return new AttachmentView(
                a.document().id(),
                a.link().title(),
                a.document().fileName(),
                a.document().contentType().mediaType(),
                a.document().size(),
                a.document().sha256(),
                a.link().attachedBy(),
                a.link().attachedAt(),
                "/api/v1/rare-earth/applications/" + applicationId + "/attachments/"
                        + a.document().id() + "/content");
    }

    /** When it was filed, in Beijing time to the minute: 2025-10-18 09:30. */
    public String attachedAtText() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(Beijing.ZONE)
                .format(attachedAt);
    }

    /** The size as people read it: 12.3 KB, 1.2 MB. */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }
}
