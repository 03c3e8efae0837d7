package cn.gov.baotou.talent.rareearth.setup;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.ModuleNavigation;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * This module's entries in the main navigation: its policy, clause by clause, for everyone; the measure board and
 * 揭榜挂帅 for everyone signed in; applications for those who apply, review or read them.
 */
@ApplicationScoped
public class RareEarthNavigation implements ModuleNavigation {

    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);
    private static final Set<Role> APPLICATIONS = EnumSet.of(
            Role.ENTERPRISE,
            Role.DEPARTMENT,
            Role.CITY_OFFICE,
            Role.DISTRICT_OFFICE,
            Role.LEADERSHIP,
            Role.CITY_FINANCE);

    @Override
    public List<NavigationLink> links() {
        return List.of(
                new NavigationLink(Messages.CORE, "nav.rareEarth", "/core/policy.xhtml?id=rare-earth", 30, null),
                new NavigationLink(RareEarthMessages.BUNDLE, "nav.board", "/rare-earth/measures.xhtml", 31, SIGNED_IN),
                new NavigationLink(
                        RareEarthMessages.BUNDLE,
                        "nav.applications",
                        "/rare-earth/applications.xhtml",
                        32,
                        APPLICATIONS),
                new NavigationLink(
                        RareEarthMessages.BUNDLE, "nav.problems", "/rare-earth/problems.xhtml", 33, SIGNED_IN));
    }
}
