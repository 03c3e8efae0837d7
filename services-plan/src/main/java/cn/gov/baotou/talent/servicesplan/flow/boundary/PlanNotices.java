package cn.gov.baotou.talent.servicesplan.flow.boundary;

import cn.gov.baotou.talent.core.notice.boundary.Mailer;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;

/**
 * The plan's notices (站内通知), written in Chinese from the plan's bundle ({@code key.title}, {@code key.body}) in the
 * transaction of the change they announce; those of a decision are also e-mailed where the platform has a mail server
 * (core's {@link Mailer}, after the commit).
 */
public final class PlanNotices {

    public static final String SOURCE = "services-plan";

    private final Notices notices;
    private final Mailer mailer;

    public PlanNotices(Notices notices) {
        this(notices, null);
    }

    public PlanNotices(Notices notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    /** Tells the audience; returns how many accounts were told. */
    public int tell(Audience to, String key, String link, Object... arguments) {
        return notices.send(to, title(key, arguments), body(key, arguments), link, SOURCE);
    }

    /** Tells the audience in the platform, and by e-mail those of its accounts with an address. */
    public int tellAndMail(Audience to, String key, String link, Object... arguments) {
        int told = tell(to, key, link, arguments);
        if (mailer != null) {
            mailer.mail(to, title(key, arguments), body(key, arguments), link);
        }
        return told;
    }

    private static String title(String key, Object... arguments) {
        return cut(Messages.in(Messages.CHINESE).get(ServicesPlanText.BUNDLE, key + ".title", arguments), 200);
    }

    private static String body(String key, Object... arguments) {
        return cut(Messages.in(Messages.CHINESE).get(ServicesPlanText.BUNDLE, key + ".body", arguments), 2000);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
