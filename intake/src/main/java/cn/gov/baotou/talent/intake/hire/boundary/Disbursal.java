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
 * checks and keeps the payment, and the case reads 补贴已拨付 once both halves are in ({@link PaidSubsidies}).
 */
final class Disbursal {

    private final HireDesk desk;

    Disbursal(HireDesk desk) {
        this.desk = desk;
    }

    Hire pay(long id, LocalDate paidOn, String reference, String idempotencyKey) {
        FinanceLevel level = level();
        // no lock on the hire here: the ledger locks the grant, then PaidSubsidies the hire, in the order of a payment
        // through the ledger's own API, so that two finances paying by the two routes cannot deadlock
        Hire h = desk.hires.visible(id, desk.caller.visibility()).orElseThrow(() -> HireDesk.notFound(id));
        Long grantId = h.progress().grantId();
        if (grantId == null) {
            throw new Conflict(new MessageRef(IntakeEligibility.BUNDLE, "hire.payment.noGrant"));
        }
        FundingGrant grant = desk.ledger.visible(grantId);
        // the last half moves the case, in this transaction: the ledger tells PaidSubsidies
        desk.ledger.recordPayment(grantId, level, grant.terms().share(level), paidOn, reference, idempotencyKey);
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
