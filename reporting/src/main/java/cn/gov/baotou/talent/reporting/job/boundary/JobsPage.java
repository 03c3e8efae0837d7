package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 我的报表任务: the caller's jobs of the last day, unfinished ones followed by the page's script until done. */
@Named
@RequestScoped
public class JobsPage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Beijing.ZONE);

    @Inject
    ReportJobDesk desk;

    @Inject
    ScopeNames names;

    @Inject
    LocaleChoice locale;

    @Inject
    Clock clock;

    private List<JobView> jobs;

    public List<JobView> getJobs() {
        if (jobs == null) {
            Messages m = Messages.in(locale.getLocale());
            String context =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            jobs = desk.mine(50).stream()
                    .map(j -> JobView.of(j, m, names.of(j.districtCode(), m), context, clock))
                    .toList();
        }
        return jobs;
    }

    public String district(String districtCode) {
        return names.of(districtCode, Messages.in(locale.getLocale()));
    }

    public String time(String instant) {
        return instant == null ? "" : TIME.format(Instant.parse(instant));
    }
}
