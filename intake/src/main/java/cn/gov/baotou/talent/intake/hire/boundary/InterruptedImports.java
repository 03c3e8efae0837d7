package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.setup.control.InterruptedWork;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.HireImport;
import cn.gov.baotou.talent.intake.hire.entity.HireImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Uploads of hires left running when their instance stopped (kill -9, a crash): none of their hires was written (the
 * import is one transaction, which never committed), so each is marked FAILED with the reason, the submitter is told,
 * and the uploaded file stays under the data directory for a retry.
 */
@ApplicationScoped
public class InterruptedImports implements InterruptedWork {

    /** What the submitter reads as the reason (the import page shows it too). */
    static final String REASON = "平台重启，导入中断，请重新提交";

    @Inject
    HireImports imports;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    public InterruptedImports() {}

    /** For use outside the container (tests). */
    public InterruptedImports(HireImports imports, Notices notices, Clock clock) {
        this.imports = imports;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failInterrupted(Set<String> liveBoots) {
        Instant now = clock.instant();
        Messages zh = Messages.in(Messages.CHINESE);
        int failed = 0;
        for (HireImport i : imports.runningOutside(liveBoots)) {
            i.interrupted(REASON, now);
            if (notices != null) {
                notices.sendTo(
                        i.importedBy(),
                        zh.get(IntakeEligibility.BUNDLE, "notice.importInterrupted.title", i.fileName()),
                        zh.get(
                                IntakeEligibility.BUNDLE,
                                "notice.importInterrupted.body",
                                i.fileName(),
                                i.ticket(),
                                REASON),
                        "/intake/hires/list.xhtml",
                        "intake");
            }
            failed++;
        }
        return failed;
    }
}
