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
 * This module's entries in the main navigation: its policy clause by clause, the public policy calculator and demand
 * catalog for everyone; the job demands and the recruitment records for the roles that work on them.
 */
@ApplicationScoped
public class IntakeNavigation implements ModuleNavigation {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Messages.CORE, "nav.intake", "/core/policy.xhtml?id=intake", 10, null),
                new NavigationLink(IntakeEligibility.BUNDLE, "nav.calculator", "/intake/calculator.xhtml", 11, null),
                new NavigationLink(IntakeEligibility.BUNDLE, "nav.catalog", "/intake/catalog.xhtml", 12, null),
                new NavigationLink(
                        IntakeEligibility.BUNDLE,
                        "nav.demands",
                        "/intake/demands.xhtml",
                        13,
                        Set.of(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE, Role.LEADERSHIP)),
                new NavigationLink(
                        IntakeEligibility.BUNDLE,
                        "nav.recruitment",
                        "/intake/recruitment.xhtml",
                        14,
                        Set.of(Role.CITY_OFFICE, Role.DISTRICT_OFFICE, Role.LEADERSHIP)));
    }
}
