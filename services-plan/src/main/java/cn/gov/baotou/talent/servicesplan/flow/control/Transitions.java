package cn.gov.baotou.talent.servicesplan.flow.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import java.util.Arrays;
import java.util.List;

/**
 * A transition table at work: a role the step does not name is refused first (403, whatever the case), then a step the
 * case's state does not allow (409), then a missing reason where one is needed (400). Refusals change nothing.
 */
public final class Transitions {

    private Transitions() {}

    /** Refuses a role that may not take the step at all. */
    public static void permit(Step<?> step, Role role) {
        if (role == null || !step.roles().contains(role)) {
            throw new Forbidden(step.name());
        }
    }

    /**
     * The state after {@code step} from {@code current} (null: a new case), named in messages by {@code prefix}
     * ({@code nomination} → {@code nomination.action.SUBMIT}, {@code nomination.status.RETURNED}).
     */
    public static <S extends Enum<S>> S next(Step<S> step, S current, String reason, String prefix) {
        boolean allowed = current == null ? step.from().isEmpty() : step.from().contains(current);
        if (!allowed) {
            throw new Conflict(
                    ServicesPlanText.ref("step.refused"),
                    ServicesPlanText.ref(prefix + ".action." + step.name()),
                    current == null ? "—" : ServicesPlanText.ref(prefix + ".status." + current.name()));
        }
        if (step.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInput(List.of(ServicesPlanText.error("opinion", "step.reasonRequired")));
        }
        return step.to(current);
    }

    /** The steps the role may take in this state, in the table's order: what a page offers. */
    public static <S extends Enum<S>, T extends Enum<T> & Step<S>> List<T> available(
            Class<T> table, S current, Role role) {
        return Arrays.stream(table.getEnumConstants())
                .filter(a -> role != null && a.roles().contains(role))
                .filter(a -> current != null && a.from().contains(current))
                .toList();
    }
}
