package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.boundary.Mailer;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceCatalog;
import cn.gov.baotou.talent.servicesplan.service.entity.ServiceItem;
import java.util.stream.Collectors;

/**
 * 反馈服务 (services-plan.5.4): the meeting's decision told to the enterprise, its district office and, where someone
 * was approved, every department responsible for one of the service items — in the platform, and by e-mail to those
 * with an address where a mail server is configured (after the commit; a failed mail never undoes the decision).
 */
record FeedbackNotices(Notices notices, Mailer mailer, ServiceCatalog catalog) {

    void send(Nomination n) {
        PlanNotices tell = new PlanNotices(notices, mailer);
        String link = NominationDesk.LINK + n.id();
        String names = n.approved().stream().map(m -> m.person().name()).collect(Collectors.joining("、"));
        String key = names.isEmpty() ? "notice.nomination.NOTIFY.none" : "notice.nomination.NOTIFY";
        Object[] args = {
            n.enterprise().name(),
            String.valueOf(n.id()),
            names,
            n.meeting().meetingDate().toString()
        };
        tell.tellAndMail(Audience.enterprise(n.enterprise().id()), key, link, args);
        tell.tellAndMail(Audience.district(Role.DISTRICT_OFFICE, n.districtCode()), key, link, args);
        if (!names.isEmpty()) {
            catalog.items().stream()
                    .map(ServiceItem::departmentCode)
                    .distinct()
                    .forEach(code -> tell.tellAndMail(
                            Audience.department(code),
                            "notice.nomination.NOTIFY.department",
                            "/services-plan/services.xhtml",
                            args));
        }
    }
}
