package cn.gov.baotou.talent.intake.setup;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * This module's entries in the main navigation: its policy, clause by clause, and the public policy calculator; for
 * signed-in roles the hires of their scope, the enterprise's submission form, the joint agreements, the exceptions.
 */
@ApplicationScoped
public class IntakeNavigation implements ModuleNavigation {

    @Override
    public List<NavigationLink> links() {
        String b = IntakeEligibility.BUNDLE;
        return List.of(
                new NavigationLink(Messages.CORE, "nav.intake", "/core/policy.xhtml?id=intake", 10, null),
                new NavigationLink(b, "nav.calculator", "/intake/calculator.xhtml", 11, null),
                new NavigationLink(
                        b,
                        "nav.hires",
                        "/intake/hires/list.xhtml",
                        12,
                        Set.of(
                                Role.ENTERPRISE,
                                Role.DISTRICT_OFFICE,
                                Role.CITY_OFFICE,
                                Role.LEADERSHIP,
                                Role.CITY_FINANCE)),
                new NavigationLink(b, "nav.submit", "/intake/hires/submit.xhtml", 13, Set.of(Role.ENTERPRISE)),
                new NavigationLink(
                        b,
                        "nav.agreements",
                        "/intake/agreements.xhtml",
                        14,
                        Set.of(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE)),
                new NavigationLink(
                        b,
                        "nav.services",
                        "/intake/hires/services.xhtml",
                        15,
                        Set.of(Role.DISTRICT_OFFICE, Role.CITY_OFFICE)),
                new NavigationLink(
                        b,
                        "nav.exceptions",
                        "/intake/hires/exceptions.xhtml",
                        16,
                        Set.of(Role.CITY_OFFICE, Role.LEADERSHIP)));
    }
}
