package cn.gov.baotou.talent.intake.setup;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * This module's entries in the main navigation: for everyone its policy clause by clause, the policy calculator and
 * the demand catalog; for signed-in roles the hires of their scope, the enterprise's submission form, the joint
 * agreements, services, exceptions, job demands and recruitment records.
 */
@ApplicationScoped
public class IntakeNavigation implements ModuleNavigation {

    private static final String B = IntakeEligibility.BUNDLE;

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Messages.CORE, "nav.intake", "/core/policy.xhtml?id=intake", 10, null),
                new NavigationLink(B, "nav.calculator", "/intake/calculator.xhtml", 11, null),
                new NavigationLink(B, "nav.catalog", "/intake/catalog.xhtml", 12, null),
                new NavigationLink(
                        B,
                        "nav.demands",
                        "/intake/demands.xhtml",
                        13,
                        Set.of(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE, Role.LEADERSHIP)),
                new NavigationLink(
                        B,
                        "nav.recruitment",
                        "/intake/recruitment.xhtml",
                        14,
                        Set.of(Role.CITY_OFFICE, Role.DISTRICT_OFFICE, Role.LEADERSHIP)),
                new NavigationLink(
                        B,
                        "nav.hires",
                        "/intake/hires/list.xhtml",
                        15,
                        Set.of(
                                Role.ENTERPRISE,
                                Role.DISTRICT_OFFICE,
                                Role.CITY_OFFICE,
                                Role.LEADERSHIP,
                                Role.CITY_FINANCE,
                                Role.DISTRICT_FINANCE)),
                new NavigationLink(B, "nav.submit", "/intake/hires/submit.xhtml", 16, Set.of(Role.ENTERPRISE)),
                new NavigationLink(
                        B,
                        "nav.agreements",
                        "/intake/agreements.xhtml",
                        17,
                        Set.of(Role.ENTERPRISE, Role.DISTRICT_OFFICE, Role.CITY_OFFICE)),
                new NavigationLink(
                        B,
                        "nav.services",
                        "/intake/hires/services.xhtml",
                        18,
                        Set.of(Role.DISTRICT_OFFICE, Role.CITY_OFFICE)),
                new NavigationLink(
                        B,
                        "nav.exceptions",
                        "/intake/hires/exceptions.xhtml",
                        19,
                        Set.of(Role.CITY_OFFICE, Role.LEADERSHIP)));
    }
}
