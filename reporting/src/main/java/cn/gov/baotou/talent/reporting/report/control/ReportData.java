package cn.gov.baotou.talent.reporting.report.control;

import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import java.time.Instant;
import java.util.List;

/**
 * Everything one report shows, gathered once; rendered to PDF, Excel and the page from the same object. {@code
 * cumulative} is leadership's view of the one-year targets summed from their year (2022) against its plan, per module.
 */
public record ReportData(
        ReportKind kind,
        ReportScope scope,
        String language,
        Instant generatedAt,
        String parameterVersion,
        List<TargetProgress> targets,
        List<ReportTable> sections,
        List<CumulativeProgress> cumulative) {

    public ReportData {
        targets = targets == null ? List.of() : List.copyOf(targets);
        sections = sections == null ? List.of() : List.copyOf(sections);
        cumulative = cumulative == null ? List.of() : List.copyOf(cumulative);
    }

    /** A report without the cumulative view (every kind but the target report). */
    public ReportData(
            ReportKind kind,
            ReportScope scope,
            String language,
            Instant generatedAt,
            String parameterVersion,
            List<TargetProgress> targets,
            List<ReportTable> sections) {
        this(kind, scope, language, generatedAt, parameterVersion, targets, sections, List.of());
    }

    /** The cumulative view's targets, module by module, each with the period it sums. */
    public List<TargetProgress> cumulativeTargets() {
        return cumulative.stream().flatMap(c -> c.targets().stream()).toList();
    }

    public boolean english() {
        return "en".equals(language);
    }
}
