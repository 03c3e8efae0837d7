package cn.gov.baotou.talent.rareearth.problem;

import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.ACCEPT;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.APPOINT;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.BID;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.PUBLISH;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.REJECT_RESULT;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.REPORT_MILESTONE;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemAction.WITHDRAW;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.BIDDER;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.LEAD;
import static cn.gov.baotou.talent.rareearth.problem.control.ProblemActor.SCIENCE_BUREAU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemAction;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemActor;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemWorkflow;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 揭榜挂帅's state machine walked through every state, with who may take each step and what each state refuses. */
class ProblemWorkflowTest {

    static final Set<ProblemActor> BUREAU = Set.of(SCIENCE_BUREAU);

    @Test
    void publishedBidAppointedInProgressAccepted() {
        KeyProblemStatus s = step(PUBLISH, null);
        assertThat(s).isEqualTo(KeyProblemStatus.PUBLISHED);
        assertThat(step(BID, s)).isEqualTo(KeyProblemStatus.PUBLISHED);
        s = step(APPOINT, s);
        assertThat(s).isEqualTo(KeyProblemStatus.APPOINTED);
        s = step(REPORT_MILESTONE, s);
        assertThat(s).isEqualTo(KeyProblemStatus.IN_PROGRESS);
        assertThat(step(REPORT_MILESTONE, s)).isEqualTo(KeyProblemStatus.IN_PROGRESS);
        assertThat(step(ACCEPT, s)).isEqualTo(KeyProblemStatus.ACCEPTED);
        assertThat(step(REJECT_RESULT, s)).isEqualTo(KeyProblemStatus.FAILED);
        assertThat(step(WITHDRAW, KeyProblemStatus.PUBLISHED)).isEqualTo(KeyProblemStatus.WITHDRAWN);
    }

    @Test
    void everyStepOutsideItsStatesIsRefusedAndTheEndStatesAllowNothing() {
        for (ProblemAction a : ProblemAction.values()) {
            for (KeyProblemStatus s : KeyProblemStatus.values()) {
                if (!a.from().contains(s)) {
                    assertThatThrownBy(() -> ProblemWorkflow.next(a, s))
                            .as("%s from %s", a, s)
                            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.messageKey())
                                    .isEqualTo("keyProblem.step.refused"));
                }
            }
        }
        for (KeyProblemStatus end :
                EnumSet.of(KeyProblemStatus.ACCEPTED, KeyProblemStatus.FAILED, KeyProblemStatus.WITHDRAWN)) {
            assertThat(ProblemWorkflow.available(end, EnumSet.allOf(ProblemActor.class)))
                    .isEmpty();
        }
        assertThatThrownBy(() -> ProblemWorkflow.next(BID, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void theBureauPublishesAndAppointsEnterprisesBidAndOnlyTheLeadReports() {
        assertThatThrownBy(() -> ProblemWorkflow.permit(PUBLISH, Set.of(BIDDER)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ProblemWorkflow.permit(APPOINT, Set.of(BIDDER, LEAD)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ProblemWorkflow.permit(BID, BUREAU)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ProblemWorkflow.permit(REPORT_MILESTONE, Set.of(BIDDER)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> ProblemWorkflow.permit(ACCEPT, Set.of())).isInstanceOf(Forbidden.class);
        assertThat(ProblemWorkflow.available(KeyProblemStatus.PUBLISHED, BUREAU))
                .containsExactly(WITHDRAW, APPOINT);
        assertThat(ProblemWorkflow.available(KeyProblemStatus.PUBLISHED, Set.of(BIDDER)))
                .containsExactly(BID);
        assertThat(ProblemWorkflow.available(KeyProblemStatus.APPOINTED, Set.of(BIDDER, LEAD)))
                .containsExactly(REPORT_MILESTONE);
        assertThat(ProblemWorkflow.available(KeyProblemStatus.IN_PROGRESS, BUREAU))
                .containsExactly(ACCEPT, REJECT_RESULT);
    }

    private static KeyProblemStatus step(ProblemAction a, KeyProblemStatus from) {
        ProblemWorkflow.permit(a, EnumSet.of(a.actor()));
        return ProblemWorkflow.next(a, from);
    }
}
