package cn.gov.baotou.talent.reporting.report.boundary;

import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.report.control.SourceOrder;
import cn.gov.baotou.talent.reporting.report.control.UsedVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports leadership reads: gathers a report's data from every module's sources (found with {@code Instance<>},
 * no module imported), then renders the same data as PDF/A or Excel. Pages, REST and the archive share it.
 */
@ApplicationScoped
public class Reports {

    @Inject
    Instance<TargetProgressSource> targetSources;

    @Inject
    Instance<ReportSectionSource> sectionSources;

    @Inject
    PolicyParameters parameters;

    private Clock clock = Clock.systemUTC();
    private List<TargetProgressSource> fixedTargets;
    private List<ReportSectionSource> fixedSections;

    public Reports() {}

    /** For use outside the container (tests): the sources given, the clock fixed. */
    public Reports(
            List<TargetProgressSource> targetSources,
            List<ReportSectionSource> sectionSources,
            PolicyParameters parameters,
            Clock clock) {
        this.fixedTargets = List.copyOf(targetSources);
        this.fixedSections = List.copyOf(sectionSources);
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * Everything the report shows, read in one transaction so that its figures agree: the targets only for the
     * target report, every module's sections for the kind, and the parameter versions read.
     */
    @Transactional
    public ReportData data(ReportKind kind, ReportScope scope, String language) {
        List<TargetProgress> targets = new ArrayList<>();
        if (kind == ReportKind.TARGETS) {
            for (TargetProgressSource s : SourceOrder.sorted(targetSources(), TargetProgressSource::policyId)) {
                targets.addAll(s.progress(scope));
            }
        }
        List<ReportTable> sections = new ArrayList<>();
        for (ReportSectionSource s : SourceOrder.sorted(sectionSources(), ReportSectionSource::policyId)) {
            sections.addAll(s.sections(kind, scope));
        }
        String version = UsedVersions.of(parameters.history().all(), scope.period());
        return new ReportData(kind, scope, language, clock.instant(), version, targets, sections);
    }

    private List<TargetProgressSource> targetSources() {
        return fixedTargets != null ? fixedTargets : targetSources.stream().toList();
    }

    private List<ReportSectionSource> sectionSources() {
        return fixedSections != null ? fixedSections : sectionSources.stream().toList();
    }
}
