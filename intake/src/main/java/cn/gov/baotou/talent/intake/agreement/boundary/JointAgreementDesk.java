package cn.gov.baotou.talent.intake.agreement.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.document.entity.DocumentKind;
import cn.gov.baotou.talent.core.document.entity.Documents;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreement;
import cn.gov.baotou.talent.intake.agreement.entity.JointAgreements;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 联合招引协议 (intake.5.1): recorded by the district office of the enterprise's district or by the city office, read
 * within the caller's scope. An enterprise holds one to take part in the plan.
 */
@ApplicationScoped
@Transactional
public class JointAgreementDesk {

    public static final String CASE_TYPE = "intake.joint-agreement";

    @Inject
    JointAgreements agreements;

    @Inject
    Documents documents;

    @Inject
    Caller caller;

    @Inject
    ActivityLog activity;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    public JointAgreementDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public JointAgreementDesk(EntityManager em, Caller caller, Notices notices, Clock clock) {
        this.agreements = new JointAgreements(em);
        this.documents = new Documents(em);
        this.caller = caller;
        this.activity = new ActivityLog(em, caller::getUsername, clock);
        this.notices = notices;
        this.clock = clock;
    }

    public JointAgreement record(JointAgreementForm form) {
        if (!caller.is(Role.CITY_OFFICE, Role.DISTRICT_OFFICE)) {
            throw new Forbidden("record a joint agreement");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        Enterprise enterprise = null;
        if (form.enterpriseId() == null) {
            errors.add(error("enterpriseId", "agreement.field.required"));
        } else {
            enterprise = agreements
                    .enterprise(form.enterpriseId(), caller.visibility())
                    .orElse(null);
            if (enterprise == null) {
                errors.add(error("enterpriseId", "agreement.enterprise.unknown", form.enterpriseId()));
            }
        }
        if (form.signedOn() == null) {
            errors.add(error("signedOn", "agreement.field.required"));
        } else if (form.signedOn().isAfter(today)) {
            errors.add(
                    error("signedOn", "agreement.date.future", form.signedOn().toString()));
        }
        if (form.validTo() == null) {
            errors.add(error("validTo", "agreement.field.required"));
        } else if (form.signedOn() != null && form.validTo().isBefore(form.signedOn())) {
            errors.add(error(
                    "validTo",
                    "agreement.validTo.beforeSigning",
                    form.signedOn().toString()));
        }
        if (form.documentId() != null
                && documents
                        .visible(form.documentId(), caller.visibility())
                        .filter(d -> d.kind() == DocumentKind.AGREEMENT)
                        .isEmpty()) {
            errors.add(error("documentId", "agreement.document.unknown", form.documentId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        JointAgreement a = new JointAgreement(
                enterprise, form.signedOn(), form.validTo(), form.documentId(), caller.getUsername(), clock.instant());
        agreements.add(a);
        activity.record(CASE_TYPE, a.id(), "RECORD", null, null, null, form.documentId());
        Messages zh = Messages.in(Messages.CHINESE);
        notices.send(
                Audience.enterprise(enterprise.id()),
                zh.get(IntakeEligibility.BUNDLE, "notice.agreement.title"),
                zh.get(IntakeEligibility.BUNDLE, "notice.agreement.body", a.signedOn(), a.validTo()),
                "/intake/agreements.xhtml",
                "intake");
        return a;
    }

    public List<JointAgreement> visible() {
        return agreements.visible(caller.visibility());
    }

    static FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, IntakeEligibility.BUNDLE, key, List.of(arguments));
    }
}
