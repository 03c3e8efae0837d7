package cn.gov.baotou.talent.reporting.dashboard.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.reporting.dashboard.control.DashboardView;
import cn.gov.baotou.talent.reporting.dashboard.control.TargetStatus;
import cn.gov.baotou.talent.reporting.period.boundary.ReportChoice;
import cn.gov.baotou.talent.reporting.report.boundary.Reports;
import cn.gov.baotou.talent.reporting.report.control.ReportData;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 数据看板: the target report's data for the chosen period and district, drawn as the dashboard. The figures are the
 * same object the PDF and Excel are made from ({@code Reports.data}).
 */
@Named("dashboard")
@RequestScoped
public class DashboardPage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    @Inject
    ReportChoice choice;

    @Inject
    Reports reports;

    @Inject
    PolicyCatalog catalog;

    @Inject
    LocaleChoice locale;

    private String measure;
    private ReportData data;
    private DashboardView view;

    /** Reads the figures once per request (f:viewAction); a refused choice is shown above the page. */
    public void load() {
        try {
            ReportScope scope = choice.scope();
            data = reports.data(ReportKind.TARGETS, scope, language());
            view = DashboardView.of(data.targets(), data.cumulative(), scope.period(), context(), measure);
        } catch (RuntimeException e) {
            PageReplies.refuse(e, PageReplies.atTop(), ReportingMessages.BUNDLE);
        }
    }

    private DashboardView.Context context() {
        Messages m = Messages.in(locale.getLocale());
        Map<String, DashboardView.PolicyName> policies = new LinkedHashMap<>();
        for (Policy p : catalog.policies()) {
            policies.put(
                    p.id(),
                    new DashboardView.PolicyName(locale.isEnglish() ? p.titleEn() : p.title(), p.documentNumber()));
        }
        return new DashboardView.Context(
                choice.today(),
                choice.chartNames(),
                policies,
                locale.isEnglish(),
                key -> m.get(ReportingMessages.BUNDLE, key));
    }

    private String language() {
        return locale.isEnglish() ? "en" : "zh";
    }

    public boolean isReady() {
        return view != null;
    }

    public DashboardView getView() {
        return view;
    }

    public ReportData getData() {
        return data;
    }

    public String getGeneratedAt() {
        return data == null ? "" : TIME.format(data.generatedAt());
    }

    public long count(String status) {
        return view == null ? 0 : view.count(TargetStatus.valueOf(status));
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }
}
