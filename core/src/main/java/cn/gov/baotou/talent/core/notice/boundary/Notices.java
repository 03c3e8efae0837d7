package cn.gov.baotou.talent.core.notice.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Account;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import cn.gov.baotou.talent.core.notice.entity.Notifications;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Sends notices to an audience (modules call it inside their own transaction, so a notice exists exactly when the
 * change it announces does) and lets each account read and mark its own.
 */
@ApplicationScoped
@Transactional
public class Notices {

    @Inject
    Notifications notifications;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public int send(Audience to, String title, String body, String link, String source) {
        return notifications.send(to, title, body, link, source, clock.instant());
    }

    /** Tells one account (the one who asked for some work), by its name. */
    public boolean sendTo(String username, String title, String body, String link, String source) {
        return notifications.sendTo(username, title, body, link, source, clock.instant());
    }

    public List<Notification> mine(int max) {
        return caller.account().map(a -> notifications.latest(a.id(), max)).orElse(List.of());
    }

    public long unread() {
        return caller.account().map(a -> notifications.unread(a.id())).orElse(0L);
    }

    public Notification markRead(long id) {
        Account me = caller.account().orElseThrow(() -> new NotFound("notice.notFound", id));
        Notification n = notifications.own(me.id(), id).orElseThrow(() -> new NotFound("notice.notFound", id));
        n.markRead(clock.instant());
        return n;
    }
}
