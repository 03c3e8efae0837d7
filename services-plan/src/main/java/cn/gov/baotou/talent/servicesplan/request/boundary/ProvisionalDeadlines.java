package cn.gov.baotou.talent.servicesplan.request.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.calendar.control.NoticeEntered;
import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.notice.boundary.Notices;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.servicesplan.flow.boundary.PlanNotices;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequest;
import cn.gov.baotou.talent.servicesplan.request.entity.ServiceRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * When a holiday notice is entered, every open request whose deadline (services-plan.6.2, working days from routing)
 * was counted on provisional days is counted again, in the transaction that entered the notice (audited with it); the
 * department or task force working it and the enterprise are told when it moved.
 */
@ApplicationScoped
public class ProvisionalDeadlines {

    private static final Logger LOG = Logger.getLogger(ProvisionalDeadlines.class.getName());
    static final String LINK = "/services-plan/requests.xhtml?id=";

    @Inject
    ServiceRequests requests;

    @Inject
    Notices notices;

    public ProvisionalDeadlines() {}

    /** For use outside the container (tests), over one entity manager's transaction. */
    public ProvisionalDeadlines(EntityManager em, Notices notices) {
        this.requests = new ServiceRequests(em);
        this.notices = notices;
    }

    void entered(@Observes NoticeEntered e) {
        List<ServiceRequest> moved = recount(e.calendar());
        LOG.info(() -> "holiday notice of " + e.year() + ": " + moved.size() + " provisional request deadlines moved");
    }

    /** Counts every open provisional deadline again on {@code calendar}; the requests whose deadline moved. */
    public List<ServiceRequest> recount(WorkingDayCalendar calendar) {
        PlanNotices tell = new PlanNotices(notices);
        List<ServiceRequest> moved = new ArrayList<>();
        for (ServiceRequest r : requests.provisionallyDue()) {
            Deadline before = r.counted();
            calendar.recount(before).ifPresent(after -> {
                r.deadline(after);
                if (!after.date().equals(before.date())) {
                    moved.add(r);
                    announce(tell, r, before, after);
                }
            });
        }
        return moved;
    }

    private static void announce(PlanNotices tell, ServiceRequest r, Deadline before, Deadline after) {
        Object[] args = {
            r.enterprise().name(),
            String.valueOf(r.id()),
            r.title(),
            before.date().toString(),
            after.date().toString()
        };
        String key = "notice.request.deadlineMoved";
        tell.tell(
                new Audience(Role.DEPARTMENT, r.taskForce() ? r.districtCode() : null, null, r.departmentCode()),
                key,
                LINK + r.id(),
                args);
        tell.tell(Audience.enterprise(r.enterprise().id()), key, LINK + r.id(), args);
    }
}
