package cn.gov.baotou.talent.servicesplan.setup;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * This module's entries in the main navigation: its policy, clause by clause, for everyone; and for each role that
 * works the plan, the page it starts from (the plan's own tabs lead on from there).
 */
@ApplicationScoped
public class ServicesPlanNavigation implements ModuleNavigation {

    @Override
    public List<NavigationLink> links() {
        String bundle = ServicesPlanText.BUNDLE;
        return List.of(
                new NavigationLink(Messages.CORE, "nav.servicesPlan", "/core/policy.xhtml?id=services-plan", 20, null),
                new NavigationLink(bundle, "nav.work", "/services-plan/figures.xhtml", 21, Set.of(Role.ENTERPRISE)),
                new NavigationLink(
                        bundle,
                        "nav.work",
                        "/services-plan/nominations.xhtml",
                        21,
                        Set.of(Role.DISTRICT_OFFICE, Role.CITY_OFFICE, Role.LEADERSHIP)),
                new NavigationLink(bundle, "nav.work", "/services-plan/requests.xhtml", 21, Set.of(Role.DEPARTMENT)));
    }
}
