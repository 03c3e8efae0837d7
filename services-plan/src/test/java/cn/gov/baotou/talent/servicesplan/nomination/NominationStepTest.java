package cn.gov.baotou.talent.servicesplan.nomination;

import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.CITY_PASS;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.CITY_RETURN;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.DECIDE;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.DISTRICT_PASS;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.DISTRICT_RETURN;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.NOTIFY;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.PAPER_RESUBMIT;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.PAPER_SUBMIT;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.RESUBMIT;
import static cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep.SUBMIT;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.CITY_REVIEW;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.DECIDED;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.DISTRICT_REVIEW;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.MEETING;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.NOTIFIED;
import static cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review chain of services-plan.5 as its table: every step from every state and by every role — the one row
 * allowed, everything else refused (403 for the wrong role before anything else, 409 for the wrong state).
 */
class NominationStepTest {

    /** step → (the one role, the states it starts from, the state it leads to). */
    record Row(Role role, EnumSet<NominationStatus> from, NominationStatus to) {}

    static final Map<NominationStep, Row> TABLE = Map.ofEntries(
            Map.entry(SUBMIT, new Row(Role.ENTERPRISE, EnumSet.noneOf(NominationStatus.class), DISTRICT_REVIEW)),
            Map.entry(RESUBMIT, new Row(Role.ENTERPRISE, EnumSet.of(RETURNED), DISTRICT_REVIEW)),
            Map.entry(PAPER_SUBMIT, new Row(Role.CITY_OFFICE, EnumSet.noneOf(NominationStatus.class), DISTRICT_REVIEW)),
            Map.entry(PAPER_RESUBMIT, new Row(Role.CITY_OFFICE, EnumSet.of(RETURNED), DISTRICT_REVIEW)),
            Map.entry(DISTRICT_PASS, new Row(Role.DISTRICT_OFFICE, EnumSet.of(DISTRICT_REVIEW), CITY_REVIEW)),
            Map.entry(DISTRICT_RETURN, new Row(Role.DISTRICT_OFFICE, EnumSet.of(DISTRICT_REVIEW), RETURNED)),
            Map.entry(CITY_PASS, new Row(Role.CITY_OFFICE, EnumSet.of(CITY_REVIEW), MEETING)),
            Map.entry(CITY_RETURN, new Row(Role.CITY_OFFICE, EnumSet.of(CITY_REVIEW), RETURNED)),
            Map.entry(DECIDE, new Row(Role.CITY_OFFICE, EnumSet.of(MEETING), DECIDED)),
            Map.entry(NOTIFY, new Row(Role.CITY_OFFICE, EnumSet.of(DECIDED), NOTIFIED)));

    @ParameterizedTest
    @EnumSource(NominationStep.class)
    void onlyTheStepsRoleMayTakeIt(NominationStep step) {
        for (Role role : Role.values()) {
            if (role == TABLE.get(step).role()) {
                Transitions.permit(step, role);
            } else {
                assertThatThrownBy(() -> Transitions.permit(step, role)).isInstanceOf(Forbidden.class);
            }
        }
        assertThatThrownBy(() -> Transitions.permit(step, null)).isInstanceOf(Forbidden.class);
    }

    @ParameterizedTest
    @EnumSource(NominationStep.class)
    void eachStepLeadsFromItsStatesToItsStateAndIsRefusedFromAllOthers(NominationStep step) {
        Row row = TABLE.get(step);
        String opinion = step.needsReason() ? "材料不全" : null;
        if (row.from().isEmpty()) {
            assertThat(Transitions.next(step, null, opinion, "nomination")).isEqualTo(row.to());
        } else {
            assertThatThrownBy(() -> Transitions.next(step, null, opinion, "nomination"))
                    .isInstanceOf(Conflict.class);
        }
        for (NominationStatus status : NominationStatus.values()) {
            if (row.from().contains(status)) {
                assertThat(Transitions.next(step, status, opinion, "nomination"))
                        .isEqualTo(row.to());
            } else {
                assertThatThrownBy(() -> Transitions.next(step, status, opinion, "nomination"))
                        .isInstanceOf(Conflict.class);
            }
        }
    }

    @Test
    void aReturnNeedsItsReasonNamedAsTheOpinion() {
        for (NominationStep step : List.of(DISTRICT_RETURN, CITY_RETURN)) {
            assertThatThrownBy(() -> Transitions.next(
                            step, step == CITY_RETURN ? CITY_REVIEW : DISTRICT_REVIEW, " ", "nomination"))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("opinion"));
        }
        assertThat(Arrays.stream(NominationStep.values()).filter(NominationStep::needsReason))
                .as("a return, and a filing the city office enters from paper")
                .containsExactlyInAnyOrder(DISTRICT_RETURN, CITY_RETURN, PAPER_SUBMIT, PAPER_RESUBMIT);
    }

    @Test
    void theRefusalNamesTheStepAndTheStateInChinese() {
        assertThatThrownBy(() -> Transitions.next(CITY_PASS, DISTRICT_REVIEW, null, "nomination"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.message(Messages.in(Messages.CHINESE)))
                        .isEqualTo("审核通过，列入会议研究不能在“属地初审中”状态下进行"));
    }

    @Test
    void aPageOffersTheDistrictOfficeItsTwoStepsAtFirstReviewAndNothingLater() {
        assertThat(Transitions.available(NominationStep.class, DISTRICT_REVIEW, Role.DISTRICT_OFFICE))
                .containsExactly(DISTRICT_PASS, DISTRICT_RETURN);
        assertThat(Transitions.available(NominationStep.class, CITY_REVIEW, Role.DISTRICT_OFFICE))
                .isEmpty();
        assertThat(Transitions.available(NominationStep.class, MEETING, Role.CITY_OFFICE))
                .containsExactly(DECIDE);
        assertThat(Transitions.available(NominationStep.class, RETURNED, Role.ENTERPRISE))
                .containsExactly(RESUBMIT);
        assertThat(Transitions.available(NominationStep.class, RETURNED, Role.CITY_OFFICE))
                .containsExactly(PAPER_RESUBMIT);
    }

    @Test
    void everyStepCitesAClauseOfTheApplicationProcedure() {
        for (NominationStep step : NominationStep.values()) {
            assertThat(step.clauseId()).startsWith("services-plan.5.");
        }
    }
}
