package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;

/**
 * The applicant enterprise and the measure's lead department are told (站内通知) on submission and on each decision,
 * in the transaction of the step, naming the measure and its clause. Where 市委人才办 leads the measure (no reviewing
 * department), the city office is the lead told.
 */
final class ApplicationNotices {

    static final String SOURCE = "rare-earth";

    private final Notices notices;

    ApplicationNotices(Notices notices) {
        this.notices = notices;
    }

    /** After a step: {@code step} names it (SUBMIT, DEPARTMENT_APPROVE, …, LEDGER_REFUSE), {@code opinion} may be null. */
    void tell(SupportApplication a, String reviewDepartment, String enterprise, String step, String opinion) {
        Messages zh = Messages.in(Messages.CHINESE);
        Object[] arguments = {
            String.valueOf(a.id()),
            zh.get(RareEarthMessages.BUNDLE, "measure.name." + a.measureNo()),
            "rare-earth." + a.measureNo(),
            enterprise,
            a.facts().subject(),
            zh.get(RareEarthMessages.BUNDLE, "application.action." + step),
            zh.get(RareEarthMessages.BUNDLE, "application.status." + a.status().name()),
            opinion == null || opinion.isBlank() ? "—" : opinion
        };
        String kind = "SUBMIT".equals(step) ? "notice.application.submitted" : "notice.application.decided";
        String title = cut(zh.get(RareEarthMessages.BUNDLE, kind + ".title", arguments), 200);
        String body = cut(zh.get(RareEarthMessages.BUNDLE, kind + ".body", arguments), 2000);
        String link = "/rare-earth/application.xhtml?id=" + a.id();
        notices.send(Audience.enterprise(a.enterpriseId()), title, body, link, SOURCE);
        notices.send(
                reviewDepartment == null ? Audience.role(Role.CITY_OFFICE) : Audience.department(reviewDepartment),
                title,
                body,
                link,
                SOURCE);
    }

    /** Core keeps a notice's title to 200 characters and its body to 2000. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
