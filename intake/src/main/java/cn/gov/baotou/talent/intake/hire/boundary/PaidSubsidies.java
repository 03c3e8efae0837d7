package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.ledger.control.GrantSettled;
import cn.gov.baotou.talent.core.ledger.entity.GrantStatus;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.hire.entity.Hires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * 补贴已拨付 (intake.5.5): the platform's own step, taken when the ledger says a hire's subsidy is paid in full, in the
 * transaction of the last payment, whichever way the finance paid it (the hire's page or the ledger's API). A recovery
 * moves nothing here: the hire's recovery is decided on the hire ({@link HireAction#DECIDE_RECOVERY}), which books it.
 */
@ApplicationScoped
public class PaidSubsidies {

    /** The ledger's source reference of a hire's subsidy, as {@link Signing} books it. */
    static final String REFERENCE = "hire-";

    @Inject
    Hires hires;

    @Inject
    ActivityLog activity;

    public PaidSubsidies() {}

    /** For use outside the container (tests, demo data), over one entity manager's transaction. */
    public PaidSubsidies(Hires hires, ActivityLog activity) {
        this.hires = hires;
        this.activity = activity;
    }

    public void settled(@Observes GrantSettled e) {
        if (e.status() != GrantStatus.PAID
                || !"intake".equals(e.sourceModule())
                || e.sourceReference() == null
                || !e.sourceReference().startsWith(REFERENCE)) {
            return;
        }
        long id = Long.parseLong(e.sourceReference().substring(REFERENCE.length()));
        // the payer's visibility may not reach the hire (a finance paying through the ledger's API): the platform acts
        Hire h = hires.lockVisible(id, Visibility.EVERYTHING).orElse(null);
        // a hire that left before its second half was paid stays where it is
        if (h == null || h.status() != HireStatus.AGREEMENT_SIGNED) {
            return;
        }
        HireStatus to = HireWorkflow.next(HireAction.RECORD_PAYMENT, h.status());
        h.moveTo(to);
        String reason = Messages.in(Messages.CHINESE)
                .get(IntakeEligibility.BUNDLE, "hire.paid.reason", String.valueOf(e.grantId()));
        activity.record(
                HireWorkflow.CASE_TYPE,
                h.id(),
                HireAction.RECORD_PAYMENT.name(),
                HireStatus.AGREEMENT_SIGNED.name(),
                to.name(),
                reason);
    }
}
