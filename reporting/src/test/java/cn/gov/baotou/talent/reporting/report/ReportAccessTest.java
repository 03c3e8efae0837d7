package cn.gov.baotou.talent.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.core.testing.Callers;
import cn.gov.baotou.talent.reporting.report.boundary.ReportAccess;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who reads which report: leadership and the city office any scope; a district office its own; no one else. */
class ReportAccessTest {

    static final ReportPeriod Y2024 = ReportPeriod.year(2024);
    static final String ZONE = "150271";
    static final String KUNDULUN = "150203";

    /** The registry's districts, without a database. */
    static final Enterprises REGISTRY = new Enterprises() {
        @Override
        public Optional<District> district(String code) {
            return ZONE.equals(code) || KUNDULUN.equals(code)
                    ? Optional.of(new District(code, code, code, code, "COUNTY"))
                    : Optional.empty();
        }
    };

    @Test
    void leadershipAndTheCityOfficeReadTheWholeCityOrAnyDistrict() {
        for (Caller c : new Caller[] {Callers.as("leader", Role.LEADERSHIP, AccountScope.CITY), Callers.cityOffice()}) {
            assertThat(access(c).scopeFor(Y2024, null)).isEqualTo(ReportScope.city(Y2024));
            assertThat(access(c).scopeFor(Y2024, " ")).isEqualTo(ReportScope.city(Y2024));
            assertThat(access(c).scopeFor(Y2024, KUNDULUN)).isEqualTo(new ReportScope(Y2024, KUNDULUN));
        }
    }

    @Test
    void aDistrictOfficeReadsItsOwnDistrictOnly() {
        ReportAccess zone = access(Callers.districtOffice(ZONE));
        assertThat(zone.scopeFor(Y2024, ZONE)).isEqualTo(new ReportScope(Y2024, ZONE));
        assertThatThrownBy(() -> zone.scopeFor(Y2024, KUNDULUN)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> zone.scopeFor(Y2024, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void everyOtherRoleIsRefused() {
        for (Caller c : new Caller[] {
            Callers.enterprise(1L),
            Callers.cityFinance(),
            Callers.districtFinance(ZONE),
            Callers.as("hr", Role.DEPARTMENT, AccountScope.department("HUMAN_RESOURCES"))
        }) {
            assertThatThrownBy(() -> access(c).scopeFor(Y2024, ZONE)).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void anUnknownDistrictIsBadInput() {
        assertThatThrownBy(() -> access(Callers.cityOffice()).scopeFor(Y2024, "999999"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("district");
    }

    static ReportAccess access(Caller caller) {
        return new ReportAccess(caller, REGISTRY);
    }
}
