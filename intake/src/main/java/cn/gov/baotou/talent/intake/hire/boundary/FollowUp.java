package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.control.EvaluationDue;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.Evaluation;
import cn.gov.baotou.talent.intake.hire.entity.EvaluationDimensions;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireService;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;

/**
 * 服务管理 (intake.6): the service period begun and completed, the 一事一议 terms (intake.3.2.2), the services owed
 * (intake.3.2.3) and the annual evaluations (intake.6.2), each recorded in the case's activity feed.
 */
final class FollowUp {

    private final HireDesk desk;

    FollowUp(HireDesk desk) {
        this.desk = desk;
    }

    Hire startService(long id, String note) {
        HireWorkflow.permit(HireAction.START_SERVICE, desk.caller.role());
        return desk.step(id, HireAction.START_SERVICE, Review.reason(note, false), null, h -> {});
    }

    Hire complete(long id, String note) {
        HireWorkflow.permit(HireAction.COMPLETE, desk.caller.role());
        return desk.step(id, HireAction.COMPLETE, Review.reason(note, false), null, h -> {
            if (desk.today().isBefore(h.progress().serviceUntil())) {
                throw new Conflict(
                        new MessageRef(IntakeEligibility.BUNDLE, "hire.complete.early"),
                        h.progress().serviceUntil().toString());
            }
            desk.talents
                    .bySource("intake", "hire-" + h.id())
                    .ifPresent(r -> r.end(h.progress().serviceUntil(), "COMPLETED"));
        });
    }

    /** 一事一议: the enterprise's own top-up and the agreed annual salary, both in yuan and not negative. */
    Hire terms(long id, Yuan topUp, Yuan annualSalary, String note) {
        HireWorkflow.permit(HireAction.RECORD_TERMS, desk.caller.role());
        FormCheck check = new FormCheck();
        check.required(topUp, "topUpYuan");
        check.required(annualSalary, "annualSalaryYuan");
        String text = check.optional(note, "note", 500);
        check.orRefuse();
        String summary =
                desk.message("hire.terms.summary", topUp.toString(), annualSalary.toString(), text == null ? "" : text);
        return desk.step(
                id, HireAction.RECORD_TERMS, summary, null, h -> h.progress().terms(topUp, annualSalary, text));
    }

    /** A service task updated by its owner only: the city office for a PhD, the district office for a master. */
    HireService service(long id, ServiceKind kind, ServiceStatus status, String note) {
        HireWorkflow.permit(HireAction.UPDATE_SERVICE, desk.caller.role());
        FormCheck check = new FormCheck();
        check.required(kind, "kind");
        check.required(status, "status");
        String text = check.optional(note, "note", 500);
        check.orRefuse();
        HireService[] updated = new HireService[1];
        String summary = desk.message(
                "hire.service.summary",
                desk.message("service." + kind.name()),
                desk.message("serviceStatus." + status.name()),
                text == null ? "" : text);
        desk.step(id, HireAction.UPDATE_SERVICE, summary, null, h -> {
            HireService s = desk.services
                    .of(h.id(), kind)
                    .orElseThrow(() -> new NotFound(
                            new MessageRef(IntakeEligibility.BUNDLE, "hire.service.notFound"), kind.name()));
            if (s.owner() != desk.caller.role()) {
                throw new Forbidden("update a service owned by " + s.owner());
            }
            s.update(status, text, desk.caller.getUsername(), desk.clock.instant());
            updated[0] = s;
        });
        return updated[0];
    }

    /**
     * The year's evaluation of the enterprise and of the talent (intake.6.2): every dimension the text names graded,
     * each side's overall result, and only once the year is complete (its anniversary of the signing has come).
     */
    Evaluation evaluate(long id, int yearNo, EvaluationForm form) {
        HireWorkflow.permit(HireAction.RECORD_EVALUATION, desk.caller.role());
        FormCheck check = new FormCheck();
        EvaluationDimensions dimensions = new EvaluationDimensions(
                check.required(form.commitmentsGrade(), "commitmentsGrade"),
                check.required(form.payGrade(), "payGrade"),
                check.required(form.servicesGrade(), "servicesGrade"),
                check.required(form.dutiesGrade(), "dutiesGrade"),
                check.required(form.resultsGrade(), "resultsGrade"),
                check.required(form.performanceGrade(), "performanceGrade"));
        Grade enterprise = check.required(form.enterpriseGrade(), "enterpriseGrade");
        Grade talent = check.required(form.talentGrade(), "talentGrade");
        String enterpriseComment = check.optional(form.enterpriseComment(), "enterpriseComment", 1000);
        String talentComment = check.optional(form.talentComment(), "talentComment", 1000);
        check.orRefuse();
        Evaluation[] recorded = new Evaluation[1];
        String summary = desk.message(
                "hire.evaluation.summary",
                yearNo,
                desk.message("grade." + enterprise.name()),
                desk.message("grade." + talent.name()));
        desk.step(id, HireAction.RECORD_EVALUATION, summary, null, h -> {
            Evaluation e = desk.evaluations
                    .of(h.id(), yearNo)
                    .orElseThrow(() -> new NotFound(
                            new MessageRef(IntakeEligibility.BUNDLE, "hire.evaluation.notFound"),
                            String.valueOf(yearNo)));
            if (!EvaluationDue.open(e.dueOn(), desk.today())) {
                FormCheck early = new FormCheck();
                early.error(
                        "yearNo", "hire.evaluation.notYet", yearNo, e.dueOn().toString());
                early.orRefuse();
            }
            e.record(
                    dimensions,
                    enterprise,
                    enterpriseComment,
                    talent,
                    talentComment,
                    desk.today(),
                    desk.caller.getUsername());
            recorded[0] = e;
        });
        return recorded[0];
    }
}
