package cn.gov.baotou.talent.reporting.store;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reports without the modules: data naming what was asked for, a "PDF" of a line of text, refusing when told to. */
class FakeReports extends Reports {

    final List<ReportScope> asked = new CopyOnWriteArrayList<>();
    volatile RuntimeException failWith;
    volatile Runnable whileGathering = () -> {};

    @Override
    public ReportData data(ReportKind kind, ReportScope scope, String language) {
        asked.add(scope);
        whileGathering.run();
        if (failWith != null) {
            throw failWith;
        }
        return new ReportData(
                kind, scope, language, Instant.parse("2026-12-01T17:20:00Z"), "2022", List.of(), List.of());
    }

    @Override
    public byte[] pdf(ReportData data) {
        return ("%PDF-1.7 " + data.kind() + " " + data.scope().period() + " "
                        + data.scope().districtCode())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] xlsx(ReportData data) {
        return ("PK xlsx " + data.kind()).getBytes(StandardCharsets.UTF_8);
    }
}
