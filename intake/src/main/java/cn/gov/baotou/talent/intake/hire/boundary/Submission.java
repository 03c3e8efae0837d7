package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.registry.boundary.PersonForm;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.Candidate;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireFacts;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import java.time.LocalDate;

/**
 * 申报 (intake.5.3): an enterprise holding a joint agreement valid today submits one person; the person is found in
 * the registry by 身份证号 or registered, and the eligibility is decided with the parameters in force today. A bulk
 * upload ({@link BulkSubmission}) reads and records each row through the same {@link #read} and {@link #record}.
 */
final class Submission {

    /** A form whose fields passed: the person as typed, the registry's person of that 身份证号 if any, the facts. */
    record Applicant(String name, IdCardNumber number, LocalDate birthDate, HireFacts facts, Person person) {}

    private final HireDesk desk;
    private final boolean bulk;

    Submission(HireDesk desk) {
        this(desk, false);
    }

    /** @param bulk hires recorded are written together at the commit (see {@link BulkSubmission}) */
    Submission(HireDesk desk, boolean bulk) {
        this.desk = desk;
        this.bulk = bulk;
    }

    Hire submit(HireForm f) {
        HireWorkflow.permit(HireAction.SUBMIT, desk.caller.role());
        HireWorkflow.next(HireAction.SUBMIT, null);
        LocalDate today = desk.today();
        Enterprise enterprise = submitter(today);
        FormCheck check = new FormCheck();
        Applicant a = read(f, check, today);
        check.orRefuse();
        if (a.person() != null && desk.hires.openFor(a.person().id())) {
            throw new Conflict(
                    new MessageRef(IntakeEligibility.BUNDLE, "hire.person.open"),
                    a.number().masked());
        }
        Hire h = record(enterprise, a, desk.standards.on(today, "submittedOn"), today, null);
        desk.tell(Audience.role(Role.CITY_OFFICE), "submitted", h);
        return h;
    }

    /** The caller's enterprise, which must hold a joint agreement valid on the day (intake.5.1). */
    Enterprise submitter(LocalDate today) {
        Enterprise enterprise = desk.agreements
                .enterprise(desk.caller.scope().enterpriseId(), desk.caller.visibility())
                .orElseThrow(() -> new Conflict(new MessageRef(IntakeEligibility.BUNDLE, "hire.enterprise.unknown")));
        if (desk.agreements
                .validOn(enterprise.id(), enterprise.district().code(), today)
                .isEmpty()) {
            throw new Conflict(
                    new MessageRef(IntakeEligibility.BUNDLE, "hire.agreement.missing"),
                    enterprise.name(),
                    today.toString());
        }
        return enterprise;
    }

    /**
     * The form's fields checked one by one, each refusal added to {@code check}; the applicant is complete only when
     * {@code check} holds no error afterwards.
     */
    Applicant read(HireForm f, FormCheck check, LocalDate today) {
        String name = check.text(f.name(), "name", 50);
        IdCardNumber number = idNumber(f, check);
        check.past(f.birthDate(), "birthDate", today);
        check.required(f.degree(), "degree");
        if (check.required(f.disciplineCode(), "disciplineCode") != null && !Disciplines.known(f.disciplineCode())) {
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
        if (!check.ok()) {
            return new Applicant(name, number, f.birthDate(), null, person);
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
        return new Applicant(name, number, f.birthDate(), facts, person);
    }

    /**
     * The hire written: the person registered if new, the eligibility decided with {@code standard}, the step in the
     * case's timeline with {@code note} (where it came from, for a bulk upload).
     */
    Hire record(Enterprise enterprise, Applicant a, IntakeStandard standard, LocalDate today, String note) {
        Person person = a.person() != null
                ? a.person()
                : desk.registry.register(new PersonForm(a.name(), a.number().value(), a.birthDate(), null));
        HireFacts facts = a.facts();
        IntakeDecision decision = IntakeEligibility.decide(
                new Candidate(
                        facts.degree(),
                        person.birthDate(),
                        today,
                        facts.recognised(),
                        facts.fromOutsideCity(),
                        facts.workType(),
                        facts(enterprise, today)),
                standard);
        Hire h = new Hire(enterprise, person, facts, today, desk.caller.getUsername(), decision);
        if (bulk) {
            desk.hires.stage(h);
        } else {
            desk.hires.add(h);
        }
        desk.activity.record(
                HireWorkflow.CASE_TYPE, h.id(), HireAction.SUBMIT.name(), null, HireStatus.SUBMITTED.name(), note);
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
