package cn.gov.baotou.talent.intake.setup;

import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** This module's entries in the main navigation: its policy, clause by clause, and the public policy calculator. */
@ApplicationScoped
public class IntakeNavigation implements ModuleNavigation {

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Messages.CORE, "nav.intake", "/core/policy.xhtml?id=intake", 10, null),
                new NavigationLink(IntakeEligibility.BUNDLE, "nav.calculator", "/intake/calculator.xhtml", 11, null));
    }
}
