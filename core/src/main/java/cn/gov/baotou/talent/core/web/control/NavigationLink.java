package cn.gov.baotou.talent.core.web.control;

import cn.gov.baotou.talent.core.account.entity.Role;
import java.util.Set;

/**
 * One entry of the main navigation: the text (a key in the module's bundle), the page, where it stands, and the
 * roles that see it (none: everyone, signed in or not).
 */
public record NavigationLink(String bundle, String labelKey, String path, int order, Set<Role> roles) {

    public NavigationLink {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Role role) {
        return roles.isEmpty() || role != null && roles.contains(role);
    }
}
