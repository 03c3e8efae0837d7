package cn.gov.baotou.talent.intake.hire;

import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notices as a test sees them: kept in memory, with whom they were for, instead of one row per account. */
final class TestNotices extends Notices {

    /** One notice sent. */
    record Sent(Audience to, String title, String body, String link) {}

    final List<Sent> sent = new CopyOnWriteArrayList<>();

    /** One notice sent to one account by its name. */
    record SentTo(String username, String title, String body, String link) {}

    final List<SentTo> sentTo = new CopyOnWriteArrayList<>();

    @Override
    public boolean sendTo(String username, String title, String body, String link, String source) {
        sentTo.add(new SentTo(username, title, body, link));
        return true;
    }

    @Override
    public int send(Audience to, String title, String body, String link, String source) {
        sent.add(new Sent(to, title, body, link));
        return 1;
    }
}
