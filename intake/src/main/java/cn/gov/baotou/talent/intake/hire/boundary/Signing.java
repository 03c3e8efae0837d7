package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.ledger.boundary.GrantRequest;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.FundingGrant;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.talent.entity.TalentEntry;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.control.ServiceOwner;
import cn.gov.baotou.talent.intake.hire.entity.Evaluation;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireService;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import java.time.LocalDate;
import java.util.List;

/**
 * 签约 (intake.5.4) and 政策兑现 (intake.5.5): the three-party agreement recorded with its signing date and copy; at
 * that moment the subsidy decided at submission is booked in the ledger, split 1:1, due the configured number of
 * working days after signing, and the services (intake.3.2.3) and the annual evaluations (intake.6.2) are set up.
 */
final class Signing {

    static final String PURPOSE = "TALENT_INTRO_SUBSIDY";
    static final String SUBSIDY_CLAUSE = "intake.3.2.1";
    /** The programme of intake's hires in core's talent records. */
    public static final String PROGRAMME = "INTAKE";

    private final HireDesk desk;

    Signing(HireDesk desk) {
        this.desk = desk;
    }

    Hire sign(long id, LocalDate signedOn, Long documentId, String opinion) {
        HireWorkflow.permit(HireAction.SIGN_AGREEMENT, desk.caller.role());
        FormCheck check = new FormCheck();
        check.past(signedOn, "signedOn", desk.today());
        Document copy = null;
        if (check.required(documentId, "documentId") != null) {
            copy = desk.documents
                    .visible(documentId, desk.caller.visibility())
                    .filter(d -> d.kind() == DocumentKind.AGREEMENT)
                    .orElse(null);
            if (copy == null) {
                check.error("documentId", "hire.document.unknown", documentId);
            }
        }
        String text = check.optional(opinion, "reason", 2000);
        check.orRefuse();
        Document agreement = copy;
        Hire hire = desk.step(id, HireAction.SIGN_AGREEMENT, text, documentId, h -> {
            FormCheck late = new FormCheck();
            if (signedOn.isBefore(h.submittedOn())) {
                late.error(
                        "signedOn",
                        "hire.signedOn.beforeSubmission",
                        h.submittedOn().toString());
            }
            if (agreement.enterpriseId() != null
                    && !agreement.enterpriseId().equals(h.enterprise().id())) {
                late.error("documentId", "hire.document.otherEnterprise", documentId);
            }
            late.orRefuse();
            book(h, signedOn, documentId);
        });
        Deadline booked = desk.grant(hire).terms().due();
        String due = booked.date()
                + (booked.provisional() ? Messages.in(Messages.CHINESE).get("calendar.provisional") : "");
        for (Audience to : List.of(
                Audience.role(Role.CITY_FINANCE),
                Audience.district(Role.DISTRICT_FINANCE, hire.districtCode()),
                Audience.district(Role.DISTRICT_OFFICE, hire.districtCode()),
                Audience.enterprise(hire.enterprise().id()))) {
            desk.tell(to, "signed", hire, signedOn.toString(), due);
        }
        return hire;
    }

    private void book(Hire h, LocalDate signedOn, long documentId) {
        // the numbers of the version in force on the day of submission, as the eligibility was decided
        Parameters p = desk.standards.parameters(h.submittedOn(), "submittedOn");
        Degree degree = h.facts().degree();
        String amountKey = degree == Degree.DOCTOR ? "intake.subsidy.doctorYuan" : "intake.subsidy.masterYuan";
        Yuan total = h.eligibility().total();
        // the split the decision computed at submission (intake.subsidy.cityShare of that day's version), not a fixed
        // half: a version with another share books that share
        Yuan city = h.eligibility().city();
        Yuan district = h.eligibility().district();
        Deadline due = desk.ledger.workingDaysAfter(signedOn, p.integer("intake.payment.workingDays"));
        FundingGrant grant = desk.ledger.grant(new GrantRequest(
                BeneficiaryKind.PERSON,
                h.person().id(),
                h.enterprise().id(),
                PURPOSE,
                "intake",
                SUBSIDY_CLAUSE,
                p.value(amountKey).validFrom(),
                "intake",
                "hire-" + h.id(),
                h.districtCode(),
                total,
                city,
                district,
                signedOn,
                due));
        // 人才档案: brought in on the day of signing, counted by every report without knowing intake
        desk.talents.record(new TalentEntry(
                h.person().id(),
                h.enterprise().id(),
                h.districtCode(),
                PROGRAMME,
                degree.name(),
                "intake",
                "intake.3.1",
                "intake",
                "hire-" + h.id(),
                signedOn));
        int years = p.integer("intake.service.years");
        h.progress().signed(signedOn, documentId, grant.id(), signedOn.plusYears(years));
        Role owner = ServiceOwner.of(degree);
        for (ServiceKind kind : ServiceKind.values()) {
            desk.services.add(new HireService(h.id(), kind, owner));
        }
        for (int year = 1; year <= years; year++) {
            desk.evaluations.add(new Evaluation(h.id(), year, signedOn.plusYears(year)));
        }
    }
}
