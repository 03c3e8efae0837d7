package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.talent.entity.TalentEntry;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationAction;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationWorkflow;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One review step, inside the desk's transaction: the role may take it, the state allows it, the opinion is given;
 * an approval needs the rule to grant (with the amount decided, where the reviewer decides it); the city office's
 * approval books the ledger grant — or, where the ledger already holds one for the beneficiary and purpose, closes
 * the application as a duplicate with the ledger's reason naming that grant.
 */
final class Review {

    /** The talent records a granted application adds, by measure: programme RARE_EARTH, this category. */
    private static final Map<Integer, String> TALENT_CATEGORIES =
            Map.of(3, "CULTIVATED", 5, "MIGRANT_ENGINEER", 13, "CONTRIBUTION_REWARD");

    private final ApplicationDesk desk;

    Review(ApplicationDesk desk) {
        this.desk = desk;
    }

    SupportApplication apply(long id, ReviewForm form) {
        ApplicationAction action = action(form.action());
        ApplicationWorkflow.permit(action, desk.caller.role());
        SupportApplication a = desk.find(id, true);
        if (desk.caller.is(Role.DEPARTMENT) && !desk.reviews(a)) {
            throw new NotFound(RareEarthMessages.ref("application.notFound"), id);
        }
        ApplicationStatus next = ApplicationWorkflow.next(action, a.status(), true);
        boolean approve = action == ApplicationAction.DEPARTMENT_APPROVE || action == ApplicationAction.CITY_APPROVE;
        boolean amount = approve
                && SupportRules.decidedByReviewer(a.measureNo())
                && (TypedFields.blank(form.decidedYuan()) != null || a.decidedYuan() == null);
        TypedFields in =
                new TypedFields(amount ? Set.of("opinion", "decidedYuan", "decisionReason") : Set.of("opinion"));
        String opinion = in.text("opinion", form.opinion(), 2000);
        Yuan decided = amount ? in.money("decidedYuan", form.decidedYuan()) : null;
        String reason = amount ? in.text("decisionReason", form.decisionReason(), 2000) : null;
        in.check();
        if (amount) {
            a.decideAmount(decided, reason);
        }
        String from = a.status().name();
        if (approve) {
            Decision d = desk.decision(a);
            if (!d.granted()) {
                throw new Conflict(
                        RareEarthMessages.ref("application.notGranted"),
                        d.failed().size());
            }
            if (action == ApplicationAction.CITY_APPROVE) {
                return book(a, d, opinion);
            }
        }
        a.moveTo(next);
        if (next.decided()) {
            a.closedOn(desk.today());
        }
        desk.activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), action.name(), from, next.name(), opinion);
        desk.tell(a, action.name(), opinion);
        return a;
    }

    private SupportApplication book(SupportApplication a, Decision d, String opinion) {
        LocalDate today = desk.today();
        String purpose = desk.measures.byNumber(a.measureNo()).orElseThrow().purpose();
        Booking.Outcome o = desk.booking()
                .book(
                        a,
                        purpose,
                        desk.rules().versionFrom(a),
                        d.amount(SupportRules.TOTAL),
                        desk.rules().parametersOf(a),
                        today);
        String from = a.status().name();
        if (o.grant() == null) {
            Check named = o.refusal().failed().get(o.refusal().failed().size() - 1);
            String reason = Messages.in(Messages.CHINESE)
                    .get(named.bundle(), named.messageKey(), named.arguments().toArray());
            desk.activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), "CITY_APPROVE", from, from, opinion);
            a.moveTo(ApplicationStatus.DUPLICATE);
            a.refusedFor(o.heldGrantId(), today);
            desk.activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), "LEDGER_REFUSE", from, "DUPLICATE", reason);
            desk.tell(a, "LEDGER_REFUSE", reason);
            return a;
        }
        a.moveTo(ApplicationStatus.GRANTED);
        a.booked(o.grant().id(), today);
        desk.activity.record(ApplicationWorkflow.CASE_TYPE, a.id(), "CITY_APPROVE", from, "GRANTED", opinion);
        desk.tell(a, "CITY_APPROVE", opinion);
        String category = a.measureNo() == 2 ? a.facts().category() : TALENT_CATEGORIES.get(a.measureNo());
        if (a.beneficiaryKind() == BeneficiaryKind.PERSON && category != null) {
            desk.talents.record(new TalentEntry(
                    a.personId(),
                    a.enterpriseId(),
                    a.districtCode(),
                    "RARE_EARTH",
                    category,
                    "rare-earth",
                    "rare-earth." + a.measureNo(),
                    "rare-earth",
                    "application-" + a.id(),
                    today));
        }
        return a;
    }

    private static ApplicationAction action(String text) {
        List<String> reviews = Arrays.stream(ApplicationAction.values())
                .filter(x -> x != ApplicationAction.SUBMIT && x != ApplicationAction.LEDGER_REFUSE)
                .map(Enum::name)
                .toList();
        String t = text == null ? "" : text.strip();
        if (!reviews.contains(t)) {
            throw new InvalidInput(List.of(FieldError.of("action", "request.oneOf", t, String.join("|", reviews))));
        }
        return ApplicationAction.valueOf(t);
    }
}
