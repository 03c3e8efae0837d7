package cn.gov.baotou.talent.rareearth.problem.control;

import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * 揭榜挂帅 as a state machine over {@link ProblemAction}'s table: a caller who is not the step's actor is refused
 * first (403), then a step the state does not allow (409). The lead also bids no more, and a bidder is not the lead.
 */
public final class ProblemWorkflow {

    /** The case type of a key problem in the activity feed. */
    public static final String CASE_TYPE = "rare-earth.key-problem";

    private ProblemWorkflow() {}

    public static void permit(ProblemAction action, Set<ProblemActor> caller) {
        if (!caller.contains(action.actor())) {
            throw new Forbidden(action.name());
        }
    }

    /** The state after the step; refused when it does not start from {@code current} (null: a new problem). */
    public static KeyProblemStatus next(ProblemAction action, KeyProblemStatus current) {
        boolean allowed =
                current == null ? action.from().isEmpty() : action.from().contains(current);
        if (!allowed) {
            throw new Conflict(
                    RareEarthMessages.ref("keyProblem.step.refused"),
                    RareEarthMessages.ref("keyProblem.action." + action.name()),
                    current == null ? "—" : RareEarthMessages.ref("keyProblem.status." + current.name()));
        }
        return action.to();
    }

    /** What the caller may do in this state: the steps a page offers. */
    public static List<ProblemAction> available(KeyProblemStatus current, Set<ProblemActor> caller) {
        return Arrays.stream(ProblemAction.values())
                .filter(a -> caller.contains(a.actor()))
                .filter(a -> current != null && a.from().contains(current))
                .toList();
    }
}
