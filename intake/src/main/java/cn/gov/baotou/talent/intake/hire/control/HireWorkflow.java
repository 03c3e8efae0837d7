package cn.gov.baotou.talent.intake.hire.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import java.util.Arrays;
import java.util.List;

/**
 * The hire's state machine over {@link HireAction}'s table: a role the table does not name is refused first (403,
 * whatever the case), then an action the case's state does not allow (409). Refusals change nothing.
 */
public final class HireWorkflow {

    /** The case type of a hire in the activity feed. */
    public static final String CASE_TYPE = "intake.hire";

    private HireWorkflow() {}

    /** Refuses a role that may not do the action at all, and any user for what only the platform does. */
    public static void permit(HireAction action, Role role) {
        if (role == null || !action.roles().contains(role)) {
            throw new Forbidden(action.name());
        }
    }

    /** The state after the action; refused when the action does not start from {@code current} (null: a new case). */
    public static HireStatus next(HireAction action, HireStatus current) {
        boolean allowed =
                current == null ? action.from().isEmpty() : action.from().contains(current);
        if (!allowed) {
            throw new Conflict(
                    new MessageRef(IntakeEligibility.BUNDLE, "hire.step.refused"),
                    ref("hire.action." + action.name()),
                    current == null ? "—" : ref("hire.status." + current.name()));
        }
        return action.to(current);
    }

    /** What the role may do in this state, in the table's order: the actions a page offers. */
    public static List<HireAction> available(HireStatus current, Role role) {
        return Arrays.stream(HireAction.values())
                .filter(a -> role != null && a.roles().contains(role))
                .filter(a -> current != null && a.from().contains(current))
                .toList();
    }

    private static MessageRef ref(String key) {
        return new MessageRef(IntakeEligibility.BUNDLE, key);
    }
}
