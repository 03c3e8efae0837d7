package cn.gov.baotou.talent.intake.demand.control;

import static cn.gov.baotou.talent.intake.demand.entity.DemandStatus.CLOSED;
import static cn.gov.baotou.talent.intake.demand.entity.DemandStatus.DRAFT;
import static cn.gov.baotou.talent.intake.demand.entity.DemandStatus.PUBLISHED;
import static cn.gov.baotou.talent.intake.demand.entity.DemandStatus.RETURNED;
import static cn.gov.baotou.talent.intake.demand.entity.DemandStatus.SUBMITTED;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life of a job demand (intake.5.1 征集需求, intake.5.2 发布需求): the enterprise drafts and submits, the city
 * office publishes or returns it with its reason, either closes it. Each step is allowed from given states to given
 * roles only; a role that may never take it is refused (403), a state that does not allow it is a conflict (409),
 * and a step that needs the reviewer's opinion is refused without one (400).
 */
public final class DemandWorkflow {

    public static final String CASE_TYPE = "intake.demand";
    public static final String BUNDLE = IntakeEligibility.BUNDLE;
    public static final int MAX_OPINION = 2000;

    /** One step: from which states, to which, by which roles. */
    private record Step(DemandAction action, Set<DemandStatus> from, DemandStatus to, Set<Role> roles) {}

    private static final List<Step> STEPS = List.of(
            new Step(DemandAction.SUBMIT, EnumSet.of(DRAFT, RETURNED), SUBMITTED, Set.of(Role.ENTERPRISE)),
            new Step(DemandAction.PUBLISH, EnumSet.of(SUBMITTED), PUBLISHED, Set.of(Role.CITY_OFFICE)),
            new Step(DemandAction.RETURN, EnumSet.of(SUBMITTED), RETURNED, Set.of(Role.CITY_OFFICE)),
            new Step(
                    DemandAction.CLOSE,
                    EnumSet.of(DRAFT, RETURNED, PUBLISHED),
                    CLOSED,
                    Set.of(Role.ENTERPRISE, Role.CITY_OFFICE)));

    private DemandWorkflow() {}

    /** The state {@code action} leads to from {@code from}, or the refusal as above. */
    public static DemandStatus next(DemandStatus from, DemandAction action, Role role, String opinion) {
        Step step = step(action);
        if (role == null || !step.roles().contains(role)) {
            throw new Forbidden(action.code() + " demand");
        }
        if (!step.from().contains(from)) {
            throw new Conflict(
                    new MessageRef(BUNDLE, "demand.transition.notFrom"),
                    new MessageRef(BUNDLE, "demand.action." + action.code()),
                    new MessageRef(BUNDLE, "demand.status." + from.name()));
        }
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty() && opinionRequired(action, role)) {
            throw new InvalidInput(List.of(new FieldError("opinion", BUNDLE, "demand.opinion.required", List.of())));
        }
        if (text.length() > MAX_OPINION) {
            throw new InvalidInput(List.of(
                    new FieldError("opinion", BUNDLE, "demand.opinion.tooLong", List.of(String.valueOf(MAX_OPINION)))));
        }
        return step.to();
    }

    /** Whether the role may take the step from the state: what a page offers as a button. */
    public static boolean allows(DemandStatus from, DemandAction action, Role role) {
        Step step = step(action);
        return role != null && step.roles().contains(role) && step.from().contains(from);
    }

    /** A return always says why; so does the city office closing an enterprise's demand. */
    public static boolean opinionRequired(DemandAction action, Role role) {
        return action == DemandAction.RETURN || (action == DemandAction.CLOSE && role == Role.CITY_OFFICE);
    }

    /** Only the enterprise changes what its demand says, and only while it holds it (draft or returned). */
    public static void checkEditable(DemandStatus status, Role role) {
        if (role != Role.ENTERPRISE) {
            throw new Forbidden("edit demand");
        }
        if (!editable(status, role)) {
            throw new Conflict(
                    new MessageRef(BUNDLE, "demand.edit.notInState"),
                    new MessageRef(BUNDLE, "demand.status." + status.name()));
        }
    }

    public static boolean editable(DemandStatus status, Role role) {
        return role == Role.ENTERPRISE && (status == DRAFT || status == RETURNED);
    }

    private static Step step(DemandAction action) {
        return STEPS.stream()
                .filter(s -> s.action() == action)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + action));
    }
}
