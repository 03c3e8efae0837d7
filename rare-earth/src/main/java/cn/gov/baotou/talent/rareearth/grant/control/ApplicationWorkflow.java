package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.rareearth.grant.entity.ApplicationStatus;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import java.util.Arrays;
import java.util.List;

/**
 * The application's state machine over {@link ApplicationAction}'s table: a role the table does not name is refused
 * first (403), then an action the state does not allow (409). A new application of a measure with no reviewing
 * department starts with the city office.
 */
public final class ApplicationWorkflow {

    /** The case type of an application in the activity feed. */
    public static final String CASE_TYPE = "rare-earth.application";

    private ApplicationWorkflow() {}

    public static void permit(ApplicationAction action, Role role) {
        if (role == null || !action.roles().contains(role)) {
            throw new Forbidden(action.name());
        }
    }

    /** The state after the action, refused when it does not start from {@code current} (null: a new application). */
    public static ApplicationStatus next(ApplicationAction action, ApplicationStatus current, boolean departmentFirst) {
        boolean allowed =
                current == null ? action.from().isEmpty() : action.from().contains(current);
        if (!allowed) {
            throw new Conflict(
                    RareEarthMessages.ref("application.step.refused"),
                    RareEarthMessages.ref("application.action." + action.name()),
                    current == null ? "—" : RareEarthMessages.ref("application.status." + current.name()));
        }
        return action == ApplicationAction.SUBMIT && !departmentFirst ? ApplicationStatus.CITY_REVIEW : action.to();
    }

    /** What the role may do in this state, in the table's order: the actions a page offers. */
    public static List<ApplicationAction> available(ApplicationStatus current, Role role) {
        return Arrays.stream(ApplicationAction.values())
                .filter(a -> role != null && a.roles().contains(role))
                .filter(a -> current != null && a.from().contains(current))
                .toList();
    }
}
