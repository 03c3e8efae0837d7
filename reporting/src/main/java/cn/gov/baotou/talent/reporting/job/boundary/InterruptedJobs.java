package cn.gov.baotou.talent.reporting.job.boundary;

import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.setup.control.InterruptedWork;
import cn.gov.baotou.talent.reporting.job.entity.ReportJob;
import cn.gov.baotou.talent.reporting.job.entity.ReportJobs;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Report jobs left queued or running when their instance stopped (their queue lived in that JVM): failed with the
 * reason, and the one who asked is told to ask again. The hourly stale rule of {@link JobCleanup} stays as a backstop.
 */
@ApplicationScoped
public class InterruptedJobs implements InterruptedWork {

    /** What the owner reads as the reason. */
    static final String REASON = "平台重启，报表生成中断，请重新提交";

    @Inject
    ReportJobs jobs;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    public InterruptedJobs() {}

    /** For use outside the container (tests). */
    public InterruptedJobs(ReportJobs jobs, Notices notices, Clock clock) {
        this.jobs = jobs;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failInterrupted(Set<String> liveBoots) {
        Instant now = clock.instant();
        Messages zh = Messages.in(Messages.CHINESE);
        int failed = 0;
        for (ReportJob j : jobs.unfinishedOutside(liveBoots)) {
            j.fail(REASON, now);
            if (notices != null) {
                notices.sendTo(
                        j.owner(),
                        zh.get(ReportingMessages.BUNDLE, "notice.jobInterrupted.title"),
                        zh.get(ReportingMessages.BUNDLE, "notice.jobInterrupted.body", String.valueOf(j.id()), REASON),
                        "/reports/jobs.xhtml",
                        "reporting");
            }
            failed++;
        }
        return failed;
    }
}
