package cn.gov.baotou.talent.servicesplan.request;

import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.IN_PROGRESS;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.RATED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.RESOLVED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.ROUTED;
import static cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.servicesplan.figures.control.FigureStep;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.control.Transitions;
import cn.gov.baotou.talent.servicesplan.request.control.RequestStep;
import cn.gov.baotou.talent.servicesplan.request.entity.RequestStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tables of a service request (services-plan.6) and of an enterprise's figure (4): every step from every state. */
class RequestStepTest {

    record Row(Role role, Set<RequestStatus> from, RequestStatus to) {}

    static final Map<RequestStep, Row> TABLE = Map.of(
            RequestStep.RAISE, new Row(Role.ENTERPRISE, Set.of(), SUBMITTED),
            RequestStep.ROUTE, new Row(Role.CITY_OFFICE, Set.of(SUBMITTED), ROUTED),
            RequestStep.REROUTE, new Row(Role.CITY_OFFICE, Set.of(ROUTED, IN_PROGRESS), ROUTED),
            RequestStep.ACCEPT, new Row(Role.DEPARTMENT, Set.of(ROUTED), IN_PROGRESS),
            RequestStep.HAND_BACK, new Row(Role.DEPARTMENT, Set.of(ROUTED, IN_PROGRESS), SUBMITTED),
            RequestStep.RESOLVE, new Row(Role.DEPARTMENT, Set.of(ROUTED, IN_PROGRESS), RESOLVED),
            RequestStep.RATE, new Row(Role.ENTERPRISE, Set.of(RESOLVED), RATED));

    @ParameterizedTest
    @EnumSource(RequestStep.class)
    void eachStepByItsRoleFromItsStatesOnly(RequestStep step) {
        Row row = TABLE.get(step);
        for (Role role : Role.values()) {
            if (role == row.role()) {
                Transitions.permit(step, role);
            } else {
                assertThatThrownBy(() -> Transitions.permit(step, role)).isInstanceOf(Forbidden.class);
            }
        }
        for (RequestStatus status : RequestStatus.values()) {
            if (row.from().contains(status)) {
                assertThat(Transitions.next(step, status, "已办理", "request")).isEqualTo(row.to());
            } else {
                assertThatThrownBy(() -> Transitions.next(step, status, "已办理", "request"))
                        .isInstanceOf(Conflict.class);
            }
        }
    }

    @Test
    void aRatedRequestIsFinished() {
        assertThat(Transitions.available(RequestStep.class, RATED, Role.ENTERPRISE))
                .isEmpty();
        assertThat(Transitions.available(RequestStep.class, RATED, Role.CITY_OFFICE))
                .isEmpty();
        assertThat(Transitions.available(RequestStep.class, RESOLVED, Role.ENTERPRISE))
                .containsExactly(RequestStep.RATE);
    }

    @Test
    void aFigureIsConfirmedOrReturnedByItsDistrictOfficeAndCorrectedUntilConfirmed() {
        assertThat(Transitions.next(FigureStep.ENTER, null, null, "figure")).isEqualTo(FigureStatus.PENDING);
        assertThat(Transitions.next(FigureStep.CORRECT, FigureStatus.RETURNED, null, "figure"))
                .isEqualTo(FigureStatus.PENDING);
        assertThat(Transitions.next(FigureStep.CONFIRM, FigureStatus.PENDING, null, "figure"))
                .isEqualTo(FigureStatus.CONFIRMED);
        assertThatThrownBy(() -> Transitions.next(FigureStep.CORRECT, FigureStatus.CONFIRMED, null, "figure"))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> Transitions.permit(FigureStep.CONFIRM, Role.CITY_OFFICE))
                .isInstanceOf(Forbidden.class);
        assertThat(EnumSet.allOf(FigureStep.class).stream().filter(FigureStep::needsReason))
                .containsExactly(FigureStep.RETURN);
    }
}
