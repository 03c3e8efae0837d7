package cn.gov.baotou.talent.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A link for some roles is hidden from anonymous visitors (no role) instead of failing the page. */
class NavigationLinkTest {

    @Test
    void aRoleBoundLinkIsHiddenFromAnonymousVisitorsAndOtherRoles() {
        NavigationLink link = new NavigationLink(Messages.CORE, "nav.intake", "/x", 1, Set.of(Role.CITY_OFFICE));
        assertThat(link.visibleTo(null)).isFalse();
        assertThat(link.visibleTo(Role.ENTERPRISE)).isFalse();
        assertThat(link.visibleTo(Role.CITY_OFFICE)).isTrue();
    }

    @Test
    void aLinkForEveryoneIsShownToAll() {
        NavigationLink link = new NavigationLink(Messages.CORE, "nav.intake", "/x", 1, null);
        assertThat(link.visibleTo(null)).isTrue();
        assertThat(link.visibleTo(Role.LEADERSHIP)).isTrue();
    }
}
