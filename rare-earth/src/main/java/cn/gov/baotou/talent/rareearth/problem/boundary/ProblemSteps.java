package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemAction;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemWorkflow;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The forms of 揭榜挂帅 read and checked, every bad field named at once, and the bureau's decisions applied. */
final class ProblemSteps {

    private static final List<String> DECISIONS = List.of("APPOINT", "WITHDRAW", "ACCEPT", "REJECT_RESULT");

    private final ProblemDesk desk;

    ProblemSteps(ProblemDesk desk) {
        this.desk = desk;
    }

    KeyProblem problem(ProblemForms.Publish f) {
        TypedFields in = new TypedFields(Set.of("title", "description", "field", "budgetYuan", "bidsDue"));
        String title = in.text("title", f.title(), 200);
        String description = in.text("description", f.description(), 4000);
        String field = in.oneOf(
                "field",
                f.field(),
                Arrays.stream(RareEarthField.values()).map(Enum::name).toList());
        String district = TypedFields.blank(f.districtCode());
        if (district != null && desk.em.find(District.class, district) == null) {
            in.add(FieldError.of("districtCode", "registry.district.unknown", district));
        }
        Yuan budget = in.money("budgetYuan", f.budgetYuan());
        LocalDate due = in.date("bidsDue", f.bidsDue());
        if (due != null && due.isBefore(desk.today())) {
            in.add(RareEarthMessages.error("bidsDue", "keyProblem.bidsDue.past", due));
        }
        in.check();
        return new KeyProblem(
                title,
                description,
                RareEarthField.valueOf(field),
                district,
                budget,
                due,
                desk.today(),
                desk.caller.getUsername());
    }

    ProblemBid bid(KeyProblem k, Enterprise e, ProblemForms.Bid f) {
        if (desk.today().isAfter(k.bidsDue())) {
            throw new Conflict(RareEarthMessages.ref("keyProblem.bids.closed"), k.bidsDue());
        }
        if (desk.problems.hasBid(k.id(), e.id())) {
            throw new Conflict(RareEarthMessages.ref("keyProblem.bids.already"), e.name());
        }
        TypedFields in = new TypedFields(Set.of("teamLeader", "proposal", "budgetYuan"));
        String leader = in.text("teamLeader", f.teamLeader(), 50);
        String proposal = in.text("proposal", f.proposal(), 4000);
        Yuan budget = in.money("budgetYuan", f.budgetYuan());
        in.check();
        return new ProblemBid(
                k.id(), e.id(), e.district().code(), leader, proposal, budget, desk.today(), desk.caller.getUsername());
    }

    ProblemMilestone milestone(KeyProblem k, ProblemForms.Milestone f) {
        TypedFields in = new TypedFields(Set.of("title", "reachedOn"));
        String title = in.text("title", f.title(), 200);
        LocalDate on = in.date("reachedOn", f.reachedOn());
        if (on != null && (on.isAfter(desk.today()) || on.isBefore(k.appointedOn()))) {
            in.add(RareEarthMessages.error("reachedOn", "keyProblem.milestone.date", k.appointedOn(), desk.today()));
        }
        String note = TypedFields.blank(f.note()) == null ? null : in.text("note", f.note(), 2000);
        in.check();
        return new ProblemMilestone(k.id(), title, on, note, desk.caller.getUsername(), desk.clock.instant());
    }

    KeyProblem decide(KeyProblem k, ProblemForms.Decide f) {
        String a = TypedFields.blank(f.action());
        if (a == null || !DECISIONS.contains(a)) {
            throw new InvalidInput(
                    List.of(FieldError.of("action", "request.oneOf", String.valueOf(a), String.join("|", DECISIONS))));
        }
        ProblemAction action = ProblemAction.valueOf(a);
        ProblemWorkflow.permit(action, desk.actors(k));
        KeyProblemStatus from = k.status();
        KeyProblemStatus next = ProblemWorkflow.next(action, from);
        TypedFields in = new TypedFields(action == ProblemAction.APPOINT ? Set.of("bidId", "text") : Set.of("text"));
        String text = in.text("text", f.text(), 4000);
        ProblemBid bid = action == ProblemAction.APPOINT ? bidOf(k, f.bidId(), in) : null;
        in.check();
        k.moveTo(next);
        if (bid != null) {
            k.appoint(bid.id(), desk.today());
        } else if (action == ProblemAction.ACCEPT || action == ProblemAction.REJECT_RESULT) {
            k.conclude(text, desk.today());
        }
        desk.record(k, action, from, text);
        return k;
    }

    private ProblemBid bidOf(KeyProblem k, String id, TypedFields in) {
        String text = TypedFields.blank(id);
        ProblemBid bid = null;
        try {
            bid = text == null ? null : desk.problems.bid(Long.parseLong(text)).orElse(null);
        } catch (NumberFormatException ignored) {
            // refused below as unknown
        }
        if (text != null && (bid == null || bid.problemId() != k.id())) {
            in.add(RareEarthMessages.error("bidId", "keyProblem.bid.notOfProblem", text));
            return null;
        }
        if (text == null) {
            in.text("bidId", null, 20);
        }
        return bid;
    }
}
