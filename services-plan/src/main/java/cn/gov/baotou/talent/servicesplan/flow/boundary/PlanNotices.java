package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.rest.Messages;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;

/**
 * The plan's notices (站内通知), written in Chinese from the plan's bundle ({@code key.title}, {@code key.body}) in the
 * transaction of the change they announce.
 */
public final class PlanNotices {

    public static final String SOURCE = "services-plan";

    private final Notices notices;

    public PlanNotices(Notices notices) {
        this.notices = notices;
    }

    /** Tells the audience; returns how many accounts were told. */
    public int tell(Audience to, String key, String link, Object... arguments) {
        Messages m = Messages.in(Messages.CHINESE);
        String title = m.get(ServicesPlanText.BUNDLE, key + ".title", arguments);
        String body = m.get(ServicesPlanText.BUNDLE, key + ".body", arguments);
        return notices.send(to, cut(title, 200), cut(body, 2000), link, SOURCE);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
