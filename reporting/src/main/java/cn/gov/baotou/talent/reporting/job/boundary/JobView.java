package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.reporting.job.control.DownloadName;
import cn.gov.baotou.talent.reporting.job.entity.JobStatus;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A report job as the API and the polling page read it: what was asked, where it stands (status, stage, progress in
 * percent, a sentence in the reader's language), and once done its file's address, name, size and SHA-256.
 */
public record JobView(
        long id,
        String kind,
        String format,
        String title,
        String status,
        String stage,
        int progress,
        String statusText,
        String periodFrom,
        String periodTo,
        String district,
        String requestedAt,
        String startedAt,
        String finishedAt,
        long elapsedSeconds,
        Long sizeBytes,
        String sha256,
        String file,
        String fileName) {

    /** {@code file} is the path of the download below the application ({@code /api/v1/reports/jobs/{id}/file}). */
    public static JobView of(ReportJob j, Messages m, String scopeName, String contextPath, Clock clock) {
        String kindTitle = m.get(ReportingMessages.BUNDLE, "kind." + j.kind().name());
        boolean done = j.status() == JobStatus.DONE;
        Instant end = j.finishedAt() != null ? j.finishedAt() : clock.instant();
        return new JobView(
                j.id(),
                j.kind().path(),
                j.format().extension(),
                kindTitle + " · " + j.format().name(),
                j.status().name(),
                j.stage().name(),
                j.progress(),
                text(j, m),
                j.periodFrom().toString(),
                j.periodTo().toString(),
                j.districtCode(),
                j.requestedAt().toString(),
                j.startedAt() == null ? null : j.startedAt().toString(),
                j.finishedAt() == null ? null : j.finishedAt().toString(),
                Math.max(0, Duration.between(j.requestedAt(), end).toSeconds()),
                j.sizeBytes(),
                j.sha256(),
                done ? contextPath + "/api/v1/reports/jobs/" + j.id() + "/file" : null,
                done
                        ? DownloadName.of(
                                kindTitle,
                                j.scope().period(),
                                scopeName,
                                j.format().extension())
                        : null);
    }

    private static String text(ReportJob j, Messages m) {
        return switch (j.status()) {
            case QUEUED -> m.get(ReportingMessages.BUNDLE, "job.status.QUEUED");
            case RUNNING ->
                m.get(
                        ReportingMessages.BUNDLE,
                        "job.stage." + j.stage().name(),
                        j.format().name());
            case DONE -> m.get(ReportingMessages.BUNDLE, "job.status.DONE");
            case FAILED -> m.get(ReportingMessages.BUNDLE, "job.status.FAILED");
        };
    }
}
