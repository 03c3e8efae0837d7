package cn.gov.baotou.talent.reporting.report.boundary;

import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.report.control.ReportSectionSource;
import cn.gov.baotou.talent.core.report.control.ReportTable;
import cn.gov.baotou.talent.core.target.control.CumulativeProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgress;
import cn.gov.baotou.talent.core.target.control.TargetProgressSource;
import cn.gov.baotou.talent.reporting.pdf.control.ReportDocument;
import cn.gov.baotou.talent.reporting.report.control.ReferenceNames;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.report.control.ReportWorkbook;
import cn.gov.baotou.talent.reporting.report.control.SourceOrder;
import cn.gov.baotou.talent.reporting.report.control.UsedVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
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

    @Inject
    Enterprises registry;

    @Inject
    PolicyCatalog policies;

    @Inject
    Clock clock;

    private List<TargetProgressSource> fixedTargets;
    private List<ReportSectionSource> fixedSections;
    private ReferenceNames fixedNames;

    public Reports() {}

    /** For use outside the container (tests): the sources and names given, the clock fixed. */
    public Reports(
            List<TargetProgressSource> targetSources,
            List<ReportSectionSource> sectionSources,
            PolicyParameters parameters,
            ReferenceNames names,
            Clock clock) {
        this.fixedTargets = List.copyOf(targetSources);
        this.fixedSections = List.copyOf(sectionSources);
        this.parameters = parameters;
        this.fixedNames = names;
        this.clock = clock;
    }

    /**
     * Everything the report shows, read in one transaction so that its figures agree: the targets and their cumulative
     * view only for the target report, every module's sections for the kind, and the parameter versions read.
     */
    @Transactional
    public ReportData data(ReportKind kind, ReportScope scope, String language) {
        List<TargetProgress> targets = new ArrayList<>();
        List<CumulativeProgress> cumulative = new ArrayList<>();
        if (kind == ReportKind.TARGETS) {
            for (TargetProgressSource s : SourceOrder.sorted(targetSources(), TargetProgressSource::policyId)) {
                targets.addAll(s.progress(scope));
                s.cumulative(scope).ifPresent(cumulative::add);
            }
        }
        List<ReportTable> sections = new ArrayList<>();
        for (ReportSectionSource s : SourceOrder.sorted(sectionSources(), ReportSectionSource::policyId)) {
            sections.addAll(s.sections(kind, scope));
        }
        String version = UsedVersions.of(parameters.history().all(), scope.period());
        return new ReportData(kind, scope, language, clock.instant(), version, targets, sections, cumulative);
    }

    /** The report as PDF/A-2b: Chinese (or English) with the embedded font, 内部资料, page numbers, contents, charts. */
    public byte[] pdf(ReportData data) {
        return new ReportDocument(data, names(), today()).pdf();
    }

    /** The report as Excel: one sheet per table, numbers as numbers. */
    public byte[] xlsx(ReportData data) {
        return ReportWorkbook.xlsx(data, names(), today());
    }

    /** The registry's names for the codes the sources give. */
    @Transactional
    public ReferenceNames names() {
        if (fixedNames != null) {
            return fixedNames;
        }
        return new ReferenceNames(
                registry.districts().stream()
                        .map(d -> new ReferenceNames.Name(d.code(), d.shortName(), d.nameEn()))
                        .toList(),
                registry.industries().stream()
                        .map(i -> new ReferenceNames.Name(i.code(), i.name(), i.nameEn()))
                        .toList(),
                policies.policies().stream()
                        .map(p -> new ReferenceNames.Name(p.id(), p.title(), p.titleEn()))
                        .toList());
    }

    /** Today in Beijing: the day a target's status is judged on when the period has not ended. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<TargetProgressSource> targetSources() {
        return fixedTargets != null ? fixedTargets : targetSources.stream().toList();
    }

    private List<ReportSectionSource> sectionSources() {
        return fixedSections != null ? fixedSections : sectionSources.stream().toList();
    }
}
