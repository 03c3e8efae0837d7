package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureDesk;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.MeetingDesk;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationDesk;
import cn.gov.baotou.talent.servicesplan.proactive.boundary.ProactiveNotice;
import cn.gov.baotou.talent.servicesplan.progress.boundary.ServicesPlanProgress;
import cn.gov.baotou.talent.servicesplan.quota.boundary.EnterpriseQuota;
import cn.gov.baotou.talent.servicesplan.request.boundary.RequestDesk;
import cn.gov.baotou.talent.servicesplan.service.boundary.ServiceItemDesk;
import cn.gov.baotou.talent.servicesplan.taskforce.boundary.TaskForces;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The plan's façades as one caller sees them on one day, over one entity manager's transaction. */
public record Desks(EntityManager em, Caller caller, Clock clock) {

    public FigureDesk figures() {
        return new FigureDesk(em, caller, PlanDatabase.notices(em, clock), clock);
    }

    public EnterpriseQuota quota() {
        return new EnterpriseQuota(em, PlanDatabase.standards(em));
    }

    public NominationDesk nominations() {
        return new NominationDesk(em, caller, PlanDatabase.standards(em), PlanDatabase.notices(em, clock), clock);
    }

    public MeetingDesk meetings() {
        return new MeetingDesk(em, caller, PlanDatabase.notices(em, clock), clock);
    }

    public ServiceItemDesk services() {
        return new ServiceItemDesk(em, caller, clock);
    }

    public RequestDesk requests() {
        return new RequestDesk(em, caller, PlanDatabase.standards(em), PlanDatabase.notices(em, clock), clock);
    }

    public ProactiveNotice proactive() {
        return new ProactiveNotice(em, PlanDatabase.standards(em), PlanDatabase.notices(em, clock), caller, clock);
    }

    public ServicesPlanProgress progress() {
        return new ServicesPlanProgress(em);
    }

    public TaskForces taskForces() {
        return new TaskForces(em, caller);
    }
}
