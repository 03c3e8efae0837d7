package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.time.LocalDate;

/**
 * 拨付 from the hire's page (intake.5.5): a finance records its own half of the subsidy the agreement booked — city
 * finance the city share, the hire's district finance the district share — exactly the share, once; the ledger
 * checks and keeps the payment, and the case reads 补贴已拨付 once both halves are in.
 */
final class Disbursal {

    private final HireDesk desk;

    Disbursal(HireDesk desk) {
        this.desk = desk;
    }

    Hire pay(long id, LocalDate paidOn, String reference, String idempotencyKey) {
        FinanceLevel level = level();
        Hire h = desk.hires.lockVisible(id, desk.caller.visibility()).orElseThrow(() -> HireDesk.notFound(id));
        Long grantId = h.progress().grantId();
        if (grantId == null) {
            throw new Conflict(new MessageRef(IntakeEligibility.BUNDLE, "hire.payment.noGrant"));
        }
        FundingGrant grant = desk.ledger.visible(grantId);
        desk.ledger.recordPayment(grantId, level, grant.terms().share(level), paidOn, reference, idempotencyKey);
        desk.settle(h);
        return h;
    }

    /** The level whose share the caller pays. */
    FinanceLevel level() {
        if (desk.caller.is(Role.CITY_FINANCE)) {
            return FinanceLevel.CITY;
        }
        if (desk.caller.is(Role.DISTRICT_FINANCE)) {
            return FinanceLevel.DISTRICT;
        }
        throw new Forbidden("pay a share of the subsidy");
    }
}
