package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.ledger.entity.FundingRecovery;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;
import java.time.LocalDate;

/**
 * 跟踪管理 (intake.6.3): the enterprise reports a departure (辞职、辞退、其他, date, reason); the city office decides
 * the recovery, proposed as the unserved share of the service period pro rata by full months from what each finance
 * actually paid, and booked in the ledger, which splits it back in the proportion paid.
 */
final class Leaving {

    private final HireDesk desk;

    Leaving(HireDesk desk) {
        this.desk = desk;
    }

    Hire report(long id, DepartureKind kind, LocalDate departedOn, String reason) {
        HireWorkflow.permit(HireAction.REPORT_DEPARTURE, desk.caller.role());
        FormCheck check = new FormCheck();
        check.required(kind, "kind");
        check.past(departedOn, "departedOn", desk.today());
        String text = check.text(reason, "reason", 2000);
        check.orRefuse();
        String summary = desk.message(
                "hire.departure.summary", desk.message("departure." + kind.name()), departedOn.toString(), text);
        Hire hire = desk.step(id, HireAction.REPORT_DEPARTURE, summary, null, h -> {
            if (departedOn.isBefore(h.progress().agreementSignedOn())) {
                FormCheck early = new FormCheck();
                early.error(
                        "departedOn",
                        "hire.departedOn.beforeSigning",
                        h.progress().agreementSignedOn().toString());
                early.orRefuse();
            }
            h.progress().departed(kind, departedOn, text);
            desk.talents.bySource("intake", "hire-" + h.id()).ifPresent(r -> r.end(departedOn, kind.name()));
        });
        desk.tell(Audience.role(Role.CITY_OFFICE), "departed", hire, departedOn.toString());
        return hire;
    }

    /** The default recovery of a departed hire, from the ledger's payments; empty before the departure. */
    RecoveryProposal proposal(Hire h) {
        if (h.status() != HireStatus.DEPARTED || h.progress().grantId() == null) {
            return null;
        }
        Yuan city = Yuan.ZERO;
        Yuan district = Yuan.ZERO;
        for (FundingPayment p : desk.payments(h)) {
            if (p.financeLevel() == FinanceLevel.CITY) {
                city = city.plus(p.amount());
            } else {
                district = district.plus(p.amount());
            }
        }
        int months = desk.standards.serviceMonths(h.submittedOn(), "submittedOn");
        return RecoveryProposal.of(
                h.progress().agreementSignedOn(), h.progress().departedOn(), months, city, district);
    }

    /** The recovery decided: {@code amount} if given, else the proposal's; nothing is booked when it is zero. */
    Hire decide(long id, Yuan amount, String reason) {
        HireWorkflow.permit(HireAction.DECIDE_RECOVERY, desk.caller.role());
        FormCheck check = new FormCheck();
        String text = check.text(reason, "reason", 500);
        check.orRefuse();
        Hire hire = desk.step(id, HireAction.DECIDE_RECOVERY, text, null, h -> {
            if (h.progress().recoveryDecidedOn() != null) {
                throw new Conflict(
                        new MessageRef(IntakeEligibility.BUNDLE, "hire.recovery.decided"),
                        h.progress().recoveryDecidedOn().toString());
            }
            Yuan recover = amount != null ? amount : proposal(h).total();
            if (recover.isPositive()) {
                desk.ledger.recordRecovery(
                        h.progress().grantId(), recover, desk.today(), text, "intake-hire-" + h.id() + "-recovery");
            }
            h.progress().recoveryDecided(recover, desk.today());
        });
        Yuan recovered = hire.progress().recovery();
        desk.tell(Audience.role(Role.CITY_FINANCE), "recovery", hire, recovered.toString());
        desk.tell(
                Audience.district(Role.DISTRICT_FINANCE, hire.districtCode()), "recovery", hire, recovered.toString());
        desk.tell(Audience.enterprise(hire.enterprise().id()), "recovery", hire, recovered.toString());
        return hire;
    }

    /** What the ledger holds as recovered for the hire's grant. */
    Yuan recovered(Hire h) {
        Yuan total = Yuan.ZERO;
        if (h.progress().grantId() != null) {
            for (FundingRecovery r : desk.ledger.recoveries(h.progress().grantId())) {
                total = total.plus(r.amount());
            }
        }
        return total;
    }
}
