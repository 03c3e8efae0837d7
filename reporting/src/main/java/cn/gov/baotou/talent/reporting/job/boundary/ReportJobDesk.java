package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.report.control.ReportKind;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.setup.control.BootId;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.job.entity.JobFormat;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.job.entity.ReportJobs;
import cn.gov.baotou.talent.reporting.period.control.PeriodChoice;
import cn.gov.baotou.talent.reporting.report.boundary.ReportAccess;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The caller's report jobs: asking for one (checked whole before anything is written: kind, format, period, then the
 * scope through {@link ReportAccess}), and reading one's own — another caller's job answers as one that does not exist.
 */
@ApplicationScoped
@Transactional
public class ReportJobDesk {

    @Inject
    ReportJobs jobs;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ReportJobDesk() {}

    /** For use outside the container (tests). */
    public ReportJobDesk(ReportJobs jobs, ReportAccess access, Caller caller, Clock clock) {
        this.jobs = jobs;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records the job as queued; {@code language} is the report's ("zh" or "en"). */
    public ReportJob create(JobForm form, String language) {
        String owner = caller.getUsername();
        if (owner == null) {
            throw new Forbidden("report job");
        }
        JobForm f = form == null ? new JobForm(null, null, null, null, null, null) : form;
        List<FieldError> errors = new ArrayList<>();
        ReportKind kind = kind(f.kind(), errors);
        JobFormat format = JobFormat.of(f.format()).orElse(null);
        if (format == null) {
            errors.add(ReportingMessages.error("format", "job.format", f.format() == null ? "" : f.format()));
        }
        ReportPeriod period = null;
        try {
            period = PeriodChoice.of(null, f.year(), f.from(), f.to(), LocalDate.now(clock));
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String district = f.district() == null || f.district().isBlank()
                ? null
                : f.district().strip();
        ReportScope scope = access.scopeFor(period, district);
        ReportJob job = new ReportJob(owner, kind, format, scope, language, clock.instant(), BootId.current());
        jobs.add(job);
        return job;
    }

    public ReportJob mine(long id) {
        String owner = caller.getUsername();
        return jobs.owned(id, owner == null ? "" : owner)
                .orElseThrow(() -> new NotFound(ReportingMessages.ref("job.notFound"), id));
    }

    /** The caller's latest jobs, the newest first. */
    public List<ReportJob> mine(int max) {
        String owner = caller.getUsername();
        return owner == null ? List.of() : jobs.of(owner, max);
    }

    private static ReportKind kind(String text, List<FieldError> errors) {
        if (text != null) {
            try {
                return ReportKind.ofPath(text.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // refused below with the others
            }
        }
        errors.add(ReportingMessages.error("kind", "report.kind", text == null ? "" : text));
        return null;
    }
}
