package cn.gov.baotou.talent.reporting.archive.boundary;

import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;

/** An archived report as the API lists it: which, for which month, when, under which parameters, and its file. */
public record ArchiveView(
        long id,
        String kind,
        String title,
        String month,
        String periodFrom,
        String periodTo,
        String generatedAt,
        String parameterVersion,
        String sha256,
        long sizeBytes,
        String file) {

    public static ArchiveView of(ArchivedReport a, Messages m, String contextPath) {
        return new ArchiveView(
                a.id(),
                a.kind().path(),
                m.get(ReportingMessages.BUNDLE, "kind." + a.kind().name()),
                a.month().toString(),
                a.periodFrom().toString(),
                a.periodTo().toString(),
                a.generatedAt().toString(),
                a.parameterVersion(),
                a.sha256(),
                a.sizeBytes(),
                contextPath + "/api/v1/reports/archive/" + a.id() + ".pdf");
    }
}
