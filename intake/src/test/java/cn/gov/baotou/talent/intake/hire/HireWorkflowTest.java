package cn.gov.baotou.talent.intake.hire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hire's state machine, written out here once more as the table the plan's procedure gives (intake.5.3 to
 * intake.6.3): every row allowed with each of its roles, everything else refused — a role with 403, a state with 409.
 */
class HireWorkflowTest {

    /** action, from state ("-" a new case), to state, roles ("-" only the platform). */
    static final List<String> TABLE = List.of(
            "SUBMIT - SUBMITTED ENTERPRISE",
            "APPROVE_EXCEPTION SUBMITTED SUBMITTED CITY_OFFICE",
            "VERIFY SUBMITTED VERIFIED CITY_OFFICE",
            "REJECT SUBMITTED REJECTED CITY_OFFICE",
            "SIGN_AGREEMENT VERIFIED AGREEMENT_SIGNED CITY_OFFICE",
            "RECORD_PAYMENT AGREEMENT_SIGNED SUBSIDY_PAID -",
            "START_SERVICE SUBSIDY_PAID SERVING CITY_OFFICE",
            "COMPLETE SERVING COMPLETED CITY_OFFICE",
            "REPORT_DEPARTURE AGREEMENT_SIGNED DEPARTED ENTERPRISE",
            "REPORT_DEPARTURE SUBSIDY_PAID DEPARTED ENTERPRISE",
            "REPORT_DEPARTURE SERVING DEPARTED ENTERPRISE",
            "DECIDE_RECOVERY DEPARTED DEPARTED CITY_OFFICE",
            "RECORD_TERMS SUBMITTED SUBMITTED ENTERPRISE",
            "RECORD_TERMS VERIFIED VERIFIED ENTERPRISE",
            "RECORD_TERMS AGREEMENT_SIGNED AGREEMENT_SIGNED ENTERPRISE",
            "RECORD_TERMS SUBSIDY_PAID SUBSIDY_PAID ENTERPRISE",
            "RECORD_TERMS SERVING SERVING ENTERPRISE",
            "UPDATE_SERVICE AGREEMENT_SIGNED AGREEMENT_SIGNED CITY_OFFICE,DISTRICT_OFFICE",
            "UPDATE_SERVICE SUBSIDY_PAID SUBSIDY_PAID CITY_OFFICE,DISTRICT_OFFICE",
            "UPDATE_SERVICE SERVING SERVING CITY_OFFICE,DISTRICT_OFFICE",
            "RECORD_EVALUATION AGREEMENT_SIGNED AGREEMENT_SIGNED CITY_OFFICE,DISTRICT_OFFICE",
            "RECORD_EVALUATION SUBSIDY_PAID SUBSIDY_PAID CITY_OFFICE,DISTRICT_OFFICE",
            "RECORD_EVALUATION SERVING SERVING CITY_OFFICE,DISTRICT_OFFICE");

    @Test
    void everyRowOfTheTableIsAllowedWithEachOfItsRolesAndLeadsWhereItSays() {
        for (String row : TABLE) {
            String[] c = row.split(" ");
            HireAction action = HireAction.valueOf(c[0]);
            HireStatus from = c[1].equals("-") ? null : HireStatus.valueOf(c[1]);
            assertThat(HireWorkflow.next(action, from)).as(row).isEqualTo(HireStatus.valueOf(c[2]));
            if (!c[3].equals("-")) {
                for (String role : c[3].split(",")) {
                    HireWorkflow.permit(action, Role.valueOf(role));
                }
            }
        }
    }

    @Test
    void everyStateNotInTheTableIsRefusedWith409() {
        Map<HireAction, Set<HireStatus>> allowed = new HashMap<>();
        for (String row : TABLE) {
            String[] c = row.split(" ");
            Set<HireStatus> from = allowed.computeIfAbsent(HireAction.valueOf(c[0]), a -> new HashSet<>());
            if (!c[1].equals("-")) {
                from.add(HireStatus.valueOf(c[1]));
            }
        }
        int refused = 0;
        for (HireAction action : HireAction.values()) {
            for (HireStatus state : HireStatus.values()) {
                if (!allowed.get(action).contains(state)) {
                    assertThatThrownBy(() -> HireWorkflow.next(action, state))
                            .as(action + " from " + state)
                            .isInstanceOf(Conflict.class);
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(13 * 8 - (TABLE.size() - 1));
        assertThatThrownBy(() -> HireWorkflow.next(HireAction.VERIFY, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void everyRoleNotInTheTableIsRefusedWith403AndNoUserDoesWhatOnlyThePlatformDoes() {
        Map<HireAction, Set<Role>> roles = new HashMap<>();
        for (String row : TABLE) {
            String[] c = row.split(" ");
            Set<Role> r = roles.computeIfAbsent(HireAction.valueOf(c[0]), a -> new HashSet<>());
            if (!c[3].equals("-")) {
                Arrays.stream(c[3].split(",")).map(Role::valueOf).forEach(r::add);
            }
        }
        for (HireAction action : HireAction.values()) {
            for (Role role : Role.values()) {
                if (!roles.get(action).contains(role)) {
                    assertThatThrownBy(() -> HireWorkflow.permit(action, role))
                            .as(action + " by " + role)
                            .isInstanceOf(Forbidden.class);
                }
            }
            assertThatThrownBy(() -> HireWorkflow.permit(action, null)).isInstanceOf(Forbidden.class);
        }
        assertThat(HireAction.RECORD_PAYMENT.byPlatform()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"VERIFY, VERIFIED", "SIGN_AGREEMENT, SUBMITTED", "START_SERVICE, AGREEMENT_SIGNED", "COMPLETE, DEPARTED"
    })
    void aRefusedStepNamesTheActionAndTheStateInBothLanguages(HireAction action, HireStatus state) {
        assertThatThrownBy(() -> HireWorkflow.next(action, state)).isInstanceOfSatisfying(Conflict.class, e -> {
            assertThat(e.message(Messages.in(Messages.CHINESE))).contains("不能在", "状态下办理");
            assertThat(e.message(Messages.in(java.util.Locale.ENGLISH))).contains("cannot be done while");
        });
    }

    @Test
    void aPageOffersWhatTheRoleMayDoInTheState() {
        assertThat(HireWorkflow.available(HireStatus.SUBMITTED, Role.CITY_OFFICE))
                .containsExactly(HireAction.APPROVE_EXCEPTION, HireAction.VERIFY, HireAction.REJECT);
        assertThat(HireWorkflow.available(HireStatus.SERVING, Role.ENTERPRISE))
                .containsExactly(HireAction.REPORT_DEPARTURE, HireAction.RECORD_TERMS);
        assertThat(HireWorkflow.available(HireStatus.SERVING, Role.LEADERSHIP)).isEmpty();
    }
}
