package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.registry.boundary.PersonForm;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.rest.InvalidInput;
import cn.gov.baotou.talent.intake.eligibility.control.Candidate;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireFacts;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.rest.IntakeConflict;
import java.time.LocalDate;

/**
 * 申报 (intake.5.3): an enterprise holding a joint agreement valid today submits one person; the person is found in
 * the registry by 身份证号 or registered, and the eligibility is decided with the parameters in force today.
 */
final class Submission {

    private final HireDesk desk;

    Submission(HireDesk desk) {
        this.desk = desk;
    }

    Hire submit(HireForm f) {
        HireWorkflow.permit(HireAction.SUBMIT, desk.caller.role());
        HireWorkflow.next(HireAction.SUBMIT, null);
        LocalDate today = desk.today();
        Enterprise enterprise = desk.agreements
                .enterprise(desk.caller.scope().enterpriseId(), desk.caller.visibility())
                .orElseThrow(() -> new IntakeConflict("hire.enterprise.unknown"));
        if (desk.agreements
                .validOn(enterprise.id(), enterprise.district().code(), today)
                .isEmpty()) {
            throw new IntakeConflict("hire.agreement.missing", enterprise.name(), today.toString());
        }
        FormCheck check = new FormCheck();
        String name = check.text(f.name(), "name", 50);
        IdCardNumber number = idNumber(f, check);
        check.past(f.birthDate(), "birthDate", today);
        check.required(f.degree(), "degree");
        if (check.required(f.disciplineCode(), "disciplineCode") != null
                && !desk.disciplines.known(f.disciplineCode())) {
            check.error("disciplineCode", "hire.discipline.unknown", f.disciplineCode());
        }
        String major = check.text(f.major(), "major", 100);
        String institution = check.text(f.institution(), "institution", 100);
        check.required(f.degreeRecognised(), "degreeRecognised");
        String certificate = check.optional(f.overseasCertificateNo(), "overseasCertificateNo", 40);
        check.required(f.fromOutsideCity(), "fromOutsideCity");
        check.required(f.workType(), "workType");
        String job = check.text(f.jobTitle(), "jobTitle", 100);
        String source = f.sourceKind() == null
                ? check.optional(f.sourceReference(), "sourceReference", 60)
                : check.text(f.sourceReference(), "sourceReference", 60);
        if (f.sourceKind() == null && source != null) {
            check.error("sourceKind", "form.required");
        }
        Person person = number == null ? null : desk.persons.byIdNumber(number).orElse(null);
        if (person != null && name != null && !person.name().equals(name)) {
            check.error("name", "hire.name.mismatch", number.masked());
        }
        check.orRefuse();
        if (person == null) {
            person = desk.registry.register(new PersonForm(name, number.value(), f.birthDate(), null));
        } else if (desk.hires.openFor(person.id())) {
            throw new IntakeConflict("hire.person.open", number.masked());
        }
        HireFacts facts = new HireFacts(
                f.degree(),
                f.disciplineCode(),
                major,
                institution,
                f.degreeRecognised(),
                certificate,
                f.fromOutsideCity(),
                f.workType(),
                job,
                f.sourceKind(),
                source);
        IntakeDecision decision = IntakeEligibility.decide(
                new Candidate(
                        f.degree(),
                        person.birthDate(),
                        today,
                        facts.recognised(),
                        f.fromOutsideCity(),
                        f.workType(),
                        facts(enterprise, today)),
                desk.standards.on(today, "submittedOn"));
        Hire h = new Hire(enterprise, person, facts, today, desk.caller.getUsername(), decision);
        desk.hires.add(h);
        desk.activity.record(
                HireWorkflow.CASE_TYPE, h.id(), HireAction.SUBMIT.name(), null, HireStatus.SUBMITTED.name(), null);
        desk.tell(Audience.role(Role.CITY_OFFICE), "submitted", h);
        return h;
    }

    private static IdCardNumber idNumber(HireForm f, FormCheck check) {
        if (f.idNumber() == null || f.idNumber().isBlank()) {
            check.error("idNumber", "form.required");
            return null;
        }
        try {
            IdCardNumber number = IdCardNumber.of(f.idNumber());
            if (f.birthDate() != null && !f.birthDate().equals(number.birthDate())) {
                check.error(
                        "birthDate",
                        "hire.birthDate.mismatch",
                        number.birthDate().toString());
            }
            return number;
        } catch (InvalidInput e) {
            check.add(e.errors());
            return null;
        }
    }

    /** What puts the enterprise in scope on the day: a 高企 certificate counts until it expires. */
    static EnterpriseFacts facts(Enterprise e, LocalDate day) {
        boolean highTech = e.highTech()
                && (e.highTechValidTo() == null || !e.highTechValidTo().isBefore(day));
        return new EnterpriseFacts(
                e.industry().code(), e.aboveDesignatedSize(), highTech, new Yuan(e.keyProjectInvestmentYuan()));
    }
}
