package cn.gov.baotou.talent.reporting.view.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.reporting.dashboard.control.TargetLine;
import cn.gov.baotou.talent.reporting.period.boundary.ReportChoice;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.view.control.SectionView;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One report on screen ({@code ?kind=targets|funds|retention|services} and the period and district chosen): the
 * targets with their status for the target report, then every section of every module as a table, with the PDF and
 * the Excel workbook generated in the background.
 */
@Named
@RequestScoped
public class ReportPage {

    /** Rows of one section shown on screen; the workbook holds them all. */
    static final int ROWS_ON_SCREEN = 200;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    @Inject
    ReportChoice choice;

    @Inject
    Reports reports;

    @Inject
    LocaleChoice locale;

    private String kind = ReportKind.TARGETS.path();
    private ReportData data;
    private List<TargetLine> targets = List.of();
    private List<TargetLine> cumulative = List.of();
    private String cumulativeTitle;
    private List<SectionView> sections = List.of();

    public void load() {
        try {
            ReportKind k = kind();
            ReportScope scope = choice.scope();
            String language = locale.isEnglish() ? "en" : "zh";
            data = reports.data(k, scope, language);
            targets = data.targets().stream()
                    .map(t -> TargetLine.of(t, scope.period(), choice.today(), locale.isEnglish()))
                    .toList();
            cumulative = data.cumulative().stream()
                    .flatMap(c -> c.targets().stream()
                            .map(t -> TargetLine.of(t, c.period(), choice.today(), locale.isEnglish())))
                    .toList();
            cumulativeTitle = data.cumulative().isEmpty()
                    ? null
                    : String.format(
                            Messages.in(locale.getLocale()).get(ReportingMessages.BUNDLE, "dashboard.sinceYear"),
                            data.cumulative().get(0).period().from().getYear(),
                            data.cumulative().get(0).period().to().toString(),
                            data.cumulative().get(0).planYear());
            sections = data.sections().stream()
                    .map(s -> SectionView.of(s, language, ROWS_ON_SCREEN))
                    .toList();
        } catch (RuntimeException e) {
            PageReplies.refuse(e, PageReplies.atTop(), ReportingMessages.BUNDLE);
        }
    }

    private ReportKind kind() {
        try {
            return ReportKind.ofPath(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(ReportingMessages.error("kind", "report.kind", kind)));
        }
    }

    public boolean isReady() {
        return data != null;
    }

    public String getKindName() {
        try {
            return ReportKind.ofPath(kind).name();
        } catch (IllegalArgumentException e) {
            return ReportKind.TARGETS.name();
        }
    }

    public ReportData getData() {
        return data;
    }

    public String getGeneratedAt() {
        return data == null ? "" : TIME.format(data.generatedAt());
    }

    public List<TargetLine> getTargets() {
        return targets;
    }

    /** Leadership's cumulative view of the one-year targets since their year, against its plan (target report only). */
    public List<TargetLine> getCumulative() {
        return cumulative;
    }

    public String getCumulativeTitle() {
        return cumulativeTitle;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? ReportKind.TARGETS.path() : kind.strip();
    }
}
