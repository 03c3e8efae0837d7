package cn.gov.baotou.talent.core.document.boundary;

import cn.gov.baotou.talent.core.document.entity.Document;
import java.time.Instant;

/** A document's metadata as the API shows it; the bytes are at {@code /api/v1/documents/{id}/content}. */
public record DocumentView(
        long id,
        String kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String districtCode,
        Long enterpriseId,
        String uploadedBy,
        Instant uploadedAt) {

    public static DocumentView of(Document d) {
        return new DocumentView(
                d.id(),
                d.kind().name(),
                d.fileName(),
                d.contentType().mediaType(),
                d.size(),
                d.sha256(),
                d.districtCode(),
                d.enterpriseId(),
                d.uploadedBy(),
                d.uploadedAt());
    }
}
