package cn.gov.baotou.talent.reporting.report.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.AccountScope;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import cn.gov.baotou.talent.core.report.control.ReportScope;
import cn.gov.baotou.talent.core.target.control.ReportPeriod;
import cn.gov.baotou.talent.reporting.report.control.ReportTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Which scope the caller may read: leadership & city office any (whole city or a district); a district office only
 * its own district (asking for another or the whole city is refused 403); every other role refused.
 */
@RequestScoped
public class ReportAccess {

    public static final String DISTRICT = "district";

    @Inject
    Caller caller;

    @Inject
    Enterprises registry;

    public ReportAccess() {}

    /** For use outside the container (tests). */
    public ReportAccess(Caller caller, Enterprises registry) {
        this.caller = caller;
        this.registry = registry;
    }

    public ReportScope scopeFor(ReportPeriod period, String requestedDistrict) {
        String district = requestedDistrict == null || requestedDistrict.isBlank() ? null : requestedDistrict.strip();
        if (!caller.is(Role.LEADERSHIP, Role.CITY_OFFICE, Role.DISTRICT_OFFICE)) {
            throw new Forbidden("reports");
        }
        if (district != null && registry.district(district).isEmpty()) {
            throw new InvalidInput(List.of(ReportTexts.error(DISTRICT, "report.field.district", district)));
        }
        if (caller.is(Role.DISTRICT_OFFICE)) {
            AccountScope own = caller.scope();
            if (district == null || own == null || !district.equals(own.districtCode())) {
                throw new Forbidden("reports of another district or of the whole city");
            }
        }
        return new ReportScope(period, district);
    }
}
