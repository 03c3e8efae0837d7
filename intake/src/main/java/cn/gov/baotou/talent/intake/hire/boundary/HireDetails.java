package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.ledger.entity.FundingPayment;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.EvaluationDue;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireCase;
import cn.gov.baotou.talent.intake.hire.entity.HireFacts;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;

/** Builds a {@link HireDetail} inside the desk's transaction, where the case's related rows can still be read. */
final class HireDetails {

    private final HireDesk desk;

    HireDetails(HireDesk desk) {
        this.desk = desk;
    }

    HireDetail of(Hire h, Messages messages) {
        HireFacts f = h.facts();
        HireCase c = h.progress();
        boolean clear = desk.caller.readsPersonalData() || desk.caller.is(Role.ENTERPRISE);
        return new HireDetail(
                HireSummary.of(h, clear),
                new HireDetail.Facts(
                        f.disciplineCode(),
                        f.major(),
                        f.institution(),
                        f.degreeRecognised(),
                        f.overseasCertificateNo(),
                        f.fromOutsideCity(),
                        f.workType().name(),
                        f.jobTitle(),
                        f.sourceKind() == null ? null : f.sourceKind().name(),
                        f.sourceReference(),
                        h.eligibility().ageYears()),
                h.checks(IntakeEligibility.BUNDLE).stream()
                        .map(x -> CheckView.of(x, messages))
                        .toList(),
                new HireDetail.Money(
                        h.eligibility().total().toString(),
                        h.eligibility().city().toString(),
                        h.eligibility().district().toString()),
                c.exceptionApproved()
                        ? new HireDetail.AgeException(c.exceptionReason(), c.exceptionBy(), c.exceptionOn())
                        : null,
                agreement(h),
                c.topUp() == null && c.annualSalary() == null
                        ? null
                        : new HireDetail.Terms(text(c.topUp()), text(c.annualSalary()), c.termsNote()),
                desk.services.of(h.id()).stream()
                        .map(s -> new HireDetail.ServiceTask(
                                s.kind().name(), s.owner().name(), s.status().name(), s.note(), s.updatedBy()))
                        .toList(),
                desk.evaluations.of(h.id()).stream()
                        .map(e -> new HireDetail.YearEvaluation(
                                e.yearNo(),
                                e.dueOn(),
                                e.enterpriseGrade() == null
                                        ? null
                                        : e.enterpriseGrade().name(),
                                e.enterpriseComment(),
                                e.talentGrade() == null ? null : e.talentGrade().name(),
                                e.talentComment(),
                                e.evaluatedOn(),
                                name(e.dimensions().commitments()),
                                name(e.dimensions().pay()),
                                name(e.dimensions().services()),
                                name(e.dimensions().duties()),
                                name(e.dimensions().results()),
                                name(e.dimensions().performance()),
                                EvaluationDue.open(e.dueOn(), desk.today())))
                        .toList(),
                c.departureKind() == null
                        ? null
                        : new HireDetail.Departure(c.departureKind().name(), c.departedOn(), c.departureReason()),
                recovery(h),
                desk.activity.entries(HireWorkflow.CASE_TYPE, h.id()),
                HireWorkflow.available(h.status(), desk.caller.role()).stream()
                        .map(Enum::name)
                        .toList());
    }

    private HireDetail.Agreement agreement(Hire h) {
        HireCase c = h.progress();
        if (c.grantId() == null) {
            return null;
        }
        FundingGrant g = desk.grant(h);
        Yuan city = Yuan.ZERO;
        Yuan district = Yuan.ZERO;
        for (FundingPayment p : desk.payments(h)) {
            if (p.financeLevel() == FinanceLevel.CITY) {
                city = city.plus(p.amount());
            } else {
                district = district.plus(p.amount());
            }
        }
        return new HireDetail.Agreement(
                c.agreementSignedOn(),
                c.agreementDocumentId(),
                g.id(),
                g.status().name(),
                g.terms().dueDate(),
                g.terms().dueProvisional(),
                city.toString(),
                district.toString(),
                c.serviceUntil());
    }

    private HireDetail.Recovery recovery(Hire h) {
        RecoveryProposal p = desk.recoveryProposal(h);
        if (p == null) {
            return null;
        }
        HireCase c = h.progress();
        return new HireDetail.Recovery(
                p.servedMonths(),
                p.unservedMonths(),
                p.total().toString(),
                p.city().toString(),
                p.district().toString(),
                text(c.recovery()),
                c.recoveryDecidedOn());
    }

    private static String text(Yuan y) {
        return y == null ? null : y.toString();
    }

    private static String name(Grade g) {
        return g == null ? null : g.name();
    }
}
