package cn.gov.baotou.talent.core.report.control;

import java.util.List;

/**
 * A module's sections of a report, beside its targets ({@code TargetProgressSource}): e.g. intake gives the
 * retention report its hires in service, departures, recoveries and evaluations, and the target report its 原则上
 * exceptions; the services plan gives the services report. Each module provides one CDI bean; reporting finds them
 * with {@code Instance<ReportSectionSource>} and imports no module.
 */
public interface ReportSectionSource {

    /** The policy these sections belong to ({@code intake}, {@code services-plan}, {@code rare-earth}). */
    String policyId();

    /** The sections for the report in the scope, in reading order; empty when the module has none for it. */
    List<ReportTable> sections(ReportKind report, ReportScope scope);
}
