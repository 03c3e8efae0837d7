package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemAction;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemActor;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemWorkflow;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblems;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 揭榜挂帅 from publication to result: the science bureau publishes, appoints and accepts, enterprises bid, the lead
 * reports milestones. Each step is checked against {@link ProblemWorkflow} and recorded in the activity feed in the
 * same transaction; {@link ProblemSteps} checks the forms.
 */
@ApplicationScoped
@Transactional
public class ProblemDesk {

    /** 市科技局, the lead unit of rare-earth.9. */
    public static final String SCIENCE = "SCIENCE";

    @PersistenceContext
    EntityManager em;

    @Inject
    KeyProblems problems;

    @Inject
    Caller caller;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    public ProblemDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public ProblemDesk(EntityManager em, Caller caller, ActivityLog activity, Clock clock) {
        this.em = em;
        this.problems = new KeyProblems(em);
        this.caller = caller;
        this.activity = activity;
        this.clock = clock;
    }

    public KeyProblem publish(ProblemForms.Publish form) {
        ProblemWorkflow.permit(ProblemAction.PUBLISH, actors(null));
        KeyProblem k = new ProblemSteps(this).problem(form);
        problems.add(k);
        record(k, ProblemAction.PUBLISH, null, null);
        return k;
    }

    public ProblemBid bid(long id, ProblemForms.Bid form) {
        KeyProblem k = find(id, true);
        ProblemWorkflow.permit(ProblemAction.BID, actors(k));
        ProblemWorkflow.next(ProblemAction.BID, k.status());
        Enterprise e = em.find(Enterprise.class, caller.scope().enterpriseId());
        ProblemBid b = new ProblemSteps(this).bid(k, e, form);
        problems.add(b);
        record(k, ProblemAction.BID, k.status(), e.name());
        return b;
    }

    /** A decision of the science bureau: appoint a lead, withdraw the problem, accept or reject the result. */
    public KeyProblem decide(long id, ProblemForms.Decide form) {
        return new ProblemSteps(this).decide(find(id, true), form);
    }

    public ProblemMilestone reportMilestone(long id, ProblemForms.Milestone form) {
        KeyProblem k = find(id, true);
        ProblemWorkflow.permit(ProblemAction.REPORT_MILESTONE, actors(k));
        KeyProblemStatus from = k.status();
        k.moveTo(ProblemWorkflow.next(ProblemAction.REPORT_MILESTONE, from));
        ProblemMilestone m = new ProblemSteps(this).milestone(k, form);
        problems.add(m);
        record(k, ProblemAction.REPORT_MILESTONE, from, m.title());
        return m;
    }

    public KeyProblem visible(long id) {
        return find(id, false);
    }

    public List<KeyProblem> year(int year) {
        return problems.published(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The bids the caller may see: the bureau and the city-wide readers all, an enterprise its own. */
    public List<ProblemBid> bids(long id) {
        KeyProblem k = find(id, false);
        Visibility v = actors(k).contains(ProblemActor.SCIENCE_BUREAU) ? Visibility.EVERYTHING : caller.visibility();
        return problems.bids(k.id(), v);
    }

    public List<ProblemMilestone> milestones(long id) {
        return problems.milestones(find(id, false).id());
    }

    public List<ActivityView> timeline(long id) {
        return activity.entries(ProblemWorkflow.CASE_TYPE, find(id, false).id());
    }

    /** Whether the calling enterprise has bid for the problem already. */
    public boolean hasBid(KeyProblem k) {
        return caller.is(Role.ENTERPRISE)
                && problems.hasBid(k.id(), caller.scope().enterpriseId());
    }

    public List<ProblemAction> actions(KeyProblem k) {
        return ProblemWorkflow.available(k.status(), actors(k));
    }

    /** Who the caller is in 揭榜挂帅, for this problem (null: before there is one). */
    public Set<ProblemActor> actors(KeyProblem k) {
        Set<ProblemActor> out = EnumSet.noneOf(ProblemActor.class);
        if (caller.is(Role.DEPARTMENT) && SCIENCE.equals(caller.scope().departmentCode())) {
            out.add(ProblemActor.SCIENCE_BUREAU);
        }
        if (caller.is(Role.ENTERPRISE)) {
            out.add(ProblemActor.BIDDER);
            Long lead = k == null || k.leadBidId() == null
                    ? null
                    : problems.bid(k.leadBidId()).map(ProblemBid::enterpriseId).orElse(null);
            if (lead != null && lead.equals(caller.scope().enterpriseId())) {
                out.add(ProblemActor.LEAD);
            }
        }
        return out;
    }

    KeyProblem find(long id, boolean lock) {
        if (!caller.isSignedIn()) {
            throw new NotFound(RareEarthMessages.ref("keyProblem.notFound"), id);
        }
        return problems.byId(id, lock)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("keyProblem.notFound"), id));
    }

    void record(KeyProblem k, ProblemAction action, KeyProblemStatus from, String reason) {
        activity.record(
                ProblemWorkflow.CASE_TYPE,
                k.id(),
                action.name(),
                from == null ? null : from.name(),
                k.status().name(),
                reason);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
