package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Hire;

/**
 * 核实 (intake.5.4) by the city office: an exception to the "原则上" age limit with its written reason, then the
 * verification with its opinion (审批意见), or the rejection with its reason.
 */
final class Review {

    private final HireDesk desk;

    Review(HireDesk desk) {
        this.desk = desk;
    }

    Hire approveException(long id, String reason) {
        HireWorkflow.permit(HireAction.APPROVE_EXCEPTION, desk.caller.role());
        String text = reason(reason, true);
        return desk.step(id, HireAction.APPROVE_EXCEPTION, text, null, h -> {
            if (!h.eligibility().exceptionRequired()) {
                throw new Conflict(new MessageRef(IntakeEligibility.BUNDLE, "hire.exception.notRequired"));
            }
            if (h.progress().exceptionApproved()) {
                throw new Conflict(
                        new MessageRef(IntakeEligibility.BUNDLE, "hire.exception.approved"),
                        h.progress().exceptionOn().toString());
            }
            h.progress().approveException(text, desk.caller.getUsername(), desk.today());
        });
    }

    Hire verify(long id, String opinion) {
        HireWorkflow.permit(HireAction.VERIFY, desk.caller.role());
        String text = reason(opinion, false);
        Hire hire = desk.step(id, HireAction.VERIFY, text, null, h -> {
            if (h.eligibility().exceptionRequired() && !h.progress().exceptionApproved()) {
                throw new Conflict(
                        new MessageRef(IntakeEligibility.BUNDLE, "hire.verify.exceptionMissing"),
                        h.eligibility().ageYears());
            }
            if (!h.verifiable()) {
                throw new Conflict(new MessageRef(IntakeEligibility.BUNDLE, "hire.verify.notEligible"));
            }
        });
        desk.tell(Audience.enterprise(hire.enterprise().id()), "verified", hire);
        return hire;
    }

    Hire reject(long id, String reason) {
        HireWorkflow.permit(HireAction.REJECT, desk.caller.role());
        String text = reason(reason, true);
        Hire hire = desk.step(id, HireAction.REJECT, text, null, h -> {});
        desk.tell(Audience.enterprise(hire.enterprise().id()), "rejected", hire, text);
        return hire;
    }

    /** The opinion or reason, stripped; refused when required and missing, or too long for the activity feed. */
    static String reason(String text, boolean required) {
        FormCheck check = new FormCheck();
        String value = required
                ? check.text(text, "reason", ActivityLog.MAX_REASON)
                : check.optional(text, "reason", ActivityLog.MAX_REASON);
        check.orRefuse();
        return value;
    }
}
