package cn.gov.baotou.talent.core.notice.boundary;

import cn.gov.baotou.talent.core.account.boundary.SignInBurst;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Tells the city office of a burst of failed sign-ins, once per burst, in the sign-in's own transaction. */
@ApplicationScoped
public class SignInBurstNotice {

    static final String SOURCE = "core.signin";

    @Inject
    Notices notices;

    void tell(@Observes SignInBurst burst) {
        // the bundle named: get(key, value) with a text value would read as get(bundle, key)
        Messages zh = Messages.in(Messages.CHINESE);
        String key = "signin.burst." + burst.kind();
        notices.send(
                Audience.role(Role.CITY_OFFICE),
                zh.get(Messages.CORE, key + ".title", burst.value()),
                zh.get(Messages.CORE, key + ".body", burst.value(), String.valueOf(burst.failures())),
                "/core/admin/accounts.xhtml",
                SOURCE);
    }
}
