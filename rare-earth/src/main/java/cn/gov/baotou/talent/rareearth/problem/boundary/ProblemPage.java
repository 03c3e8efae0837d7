package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemAction;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblemStatus;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemBid;
import cn.gov.baotou.talent.rareearth.problem.entity.ProblemMilestone;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.web.boundary.TimelineLabels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One key problem: the call, the bids the caller may see, the milestones, the result, the timeline; and the step the
 * caller may take — bid, appoint a bid as lead, report a milestone, accept or reject the result, withdraw.
 */
@Named
@ViewScoped
public class ProblemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemDesk desk;

    private Long id;
    private final HashMap<String, String> form = new HashMap<>();

    public KeyProblem getProblem() {
        try {
            return id == null ? null : desk.visible(id);
        } catch (NotFound e) {
            return null;
        }
    }

    public List<ProblemBid> getBids() {
        return desk.bids(id);
    }

    public List<ProblemMilestone> getMilestones() {
        return desk.milestones(id);
    }

    public List<ActivityView> getTimeline() {
        return desk.timeline(id);
    }

    public Map<String, String> getLabels() {
        return TimelineLabels.of("keyProblem", ProblemAction.values(), KeyProblemStatus.values());
    }

    /** Whether the caller may take the step now (and, for a bid, has not bid yet). */
    public boolean may(String action) {
        KeyProblem k = getProblem();
        ProblemAction a = ProblemAction.valueOf(action);
        return k != null && desk.actions(k).contains(a) && (a != ProblemAction.BID || !desk.hasBid(k));
    }

    public void bid() {
        done(PageReplies.attempt(
                        PageReplies.inForm("bid"),
                        () -> desk.bid(
                                id,
                                new ProblemForms.Bid(
                                        form.get("teamLeader"), form.get("proposal"), form.get("budgetYuan"))))
                .orElse(null));
    }

    public void milestone() {
        done(PageReplies.attempt(
                        PageReplies.inForm("milestone"),
                        () -> desk.reportMilestone(
                                id,
                                new ProblemForms.Milestone(form.get("title"), form.get("reachedOn"), form.get("note"))))
                .orElse(null));
    }

    public void decide(String action) {
        done(PageReplies.attempt(
                        PageReplies.inForm("decide"),
                        () -> desk.decide(id, new ProblemForms.Decide(action, form.get("bidId"), form.get("text"))))
                .orElse(null));
    }

    private void done(Object result) {
        if (result != null) {
            form.clear();
            PageReplies.info(RareEarthMessages.BUNDLE, "keyProblem.saved");
        }
    }

    public Map<String, String> getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
