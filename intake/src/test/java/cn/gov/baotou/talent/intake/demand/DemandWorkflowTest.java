package cn.gov.baotou.talent.intake.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.intake.demand.control.DemandAction;
import cn.gov.baotou.talent.intake.demand.control.DemandWorkflow;
import cn.gov.baotou.talent.intake.demand.entity.DemandStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demand workflow of intake.5.1 and intake.5.2: every state, action and role, allowed and refused. */
class DemandWorkflowTest {

    /** The only moves there are: from, action, role, to. */
    static final List<String> ALLOWED = List.of(
            "DRAFT SUBMIT ENTERPRISE SUBMITTED",
            "RETURNED SUBMIT ENTERPRISE SUBMITTED",
            "SUBMITTED PUBLISH CITY_OFFICE PUBLISHED",
            "SUBMITTED RETURN CITY_OFFICE RETURNED",
            "DRAFT CLOSE ENTERPRISE CLOSED",
            "RETURNED CLOSE ENTERPRISE CLOSED",
            "PUBLISHED CLOSE ENTERPRISE CLOSED",
            "DRAFT CLOSE CITY_OFFICE CLOSED",
            "RETURNED CLOSE CITY_OFFICE CLOSED",
            "PUBLISHED CLOSE CITY_OFFICE CLOSED");

    @Test
    void exactlyTheListedMovesAreAllowedAndEveryOtherIsRefused() {
        List<String> allowed = new ArrayList<>();
        for (DemandStatus from : DemandStatus.values()) {
            for (DemandAction action : DemandAction.values()) {
                for (Role role : Role.values()) {
                    try {
                        DemandStatus to = DemandWorkflow.next(from, action, role, "意见");
                        allowed.add(from + " " + action + " " + role + " " + to);
                        assertThat(DemandWorkflow.allows(from, action, role)).isTrue();
                    } catch (Forbidden | Conflict e) {
                        assertThat(DemandWorkflow.allows(from, action, role)).isFalse();
                    }
                }
            }
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"DISTRICT_OFFICE", "CITY_FINANCE", "DISTRICT_FINANCE", "DEPARTMENT", "LEADERSHIP"})
    void onlyTheCityOfficePublishesAndOnlyTheEnterpriseSubmits(Role role) {
        assertThatThrownBy(() -> DemandWorkflow.next(DemandStatus.SUBMITTED, DemandAction.PUBLISH, role, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> DemandWorkflow.next(DemandStatus.DRAFT, DemandAction.SUBMIT, role, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> DemandWorkflow.next(DemandStatus.SUBMITTED, DemandAction.PUBLISH, null, null))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aRoleThatMayNeverTakeAStepIsForbiddenBeforeTheStateIsLookedAt() {
        assertThatThrownBy(() -> DemandWorkflow.next(DemandStatus.CLOSED, DemandAction.PUBLISH, Role.ENTERPRISE, null))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> DemandWorkflow.next(DemandStatus.CLOSED, DemandAction.PUBLISH, Role.CITY_OFFICE, null))
                .isInstanceOfSatisfying(
                        Conflict.class, e -> assertThat(e.messageKey()).isEqualTo("demand.transition.notFrom"));
    }

    @Test
    void aReturnNeedsItsReasonAndAPublicationDoesNot() {
        assertThatThrownBy(
                        () -> DemandWorkflow.next(DemandStatus.SUBMITTED, DemandAction.RETURN, Role.CITY_OFFICE, " "))
                .isInstanceOf(InvalidInput.class);
        assertThat(DemandWorkflow.next(DemandStatus.SUBMITTED, DemandAction.PUBLISH, Role.CITY_OFFICE, null))
                .isEqualTo(DemandStatus.PUBLISHED);
    }

    @Test
    void theCityOfficeClosesAnEnterprisesDemandWithAReasonAndTheEnterpriseItsOwnWithout() {
        assertThatThrownBy(
                        () -> DemandWorkflow.next(DemandStatus.PUBLISHED, DemandAction.CLOSE, Role.CITY_OFFICE, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(DemandWorkflow.next(DemandStatus.PUBLISHED, DemandAction.CLOSE, Role.ENTERPRISE, null))
                .isEqualTo(DemandStatus.CLOSED);
    }

    @Test
    void anOpinionOfMoreThan2000CharactersIsRefused() {
        assertThatThrownBy(() -> DemandWorkflow.next(
                        DemandStatus.SUBMITTED, DemandAction.PUBLISH, Role.CITY_OFFICE, "意".repeat(2001)))
                .isInstanceOf(InvalidInput.class);
        assertThat(DemandWorkflow.next(
                        DemandStatus.SUBMITTED, DemandAction.PUBLISH, Role.CITY_OFFICE, "意".repeat(2000)))
                .isEqualTo(DemandStatus.PUBLISHED);
    }

    @Test
    void onlyTheEnterpriseChangesItsDemandAndOnlyWhileItHoldsIt() {
        for (DemandStatus s : DemandStatus.values()) {
            boolean held = s == DemandStatus.DRAFT || s == DemandStatus.RETURNED;
            assertThat(DemandWorkflow.editable(s, Role.ENTERPRISE)).as(s.name()).isEqualTo(held);
            assertThat(DemandWorkflow.editable(s, Role.CITY_OFFICE)).isFalse();
            if (!held) {
                assertThatThrownBy(() -> DemandWorkflow.checkEditable(s, Role.ENTERPRISE))
                        .isInstanceOf(Conflict.class);
            }
            assertThatThrownBy(() -> DemandWorkflow.checkEditable(s, Role.CITY_OFFICE))
                    .isInstanceOf(Forbidden.class);
        }
    }
}
