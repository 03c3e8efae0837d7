package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.time.Instant;
import java.util.List;

/** Everything one report shows, gathered once; rendered to PDF, Excel and the page from the same object. */
public record ReportData(
        ReportKind kind,
        ReportScope scope,
        String language,
        Instant generatedAt,
        String parameterVersion,
        List<TargetProgress> targets,
        List<ReportTable> sections) {

    public ReportData {
        targets = targets == null ? List.of() : List.copyOf(targets);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public boolean english() {
        return "en".equals(language);
    }
}
