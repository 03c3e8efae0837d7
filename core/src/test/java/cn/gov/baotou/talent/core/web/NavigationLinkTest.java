package cn.gov.baotou.talent.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.core.web.control.NavigationLink;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A link for some roles is hidden from everyone else, the anonymous reader included; a link for none is public. */
class NavigationLinkTest {

    @Test
    void aRoleBoundLinkIsHiddenFromAnAnonymousReaderAndAPublicOneIsShown() {
        NavigationLink cityOnly = new NavigationLink(Messages.CORE, "nav.x", "/x", 1, Set.of(Role.CITY_OFFICE));
        NavigationLink everyone = new NavigationLink(Messages.CORE, "nav.y", "/y", 2, null);
        assertThat(cityOnly.visibleTo(null)).isFalse();
        assertThat(cityOnly.visibleTo(Role.ENTERPRISE)).isFalse();
        assertThat(cityOnly.visibleTo(Role.CITY_OFFICE)).isTrue();
        assertThat(everyone.visibleTo(null)).isTrue();
    }
}
