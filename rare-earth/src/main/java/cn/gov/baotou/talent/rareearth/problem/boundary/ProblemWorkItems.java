package cn.gov.baotou.talent.rareearth.problem.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.rareearth.problem.control.ProblemAction;
import cn.gov.baotou.talent.rareearth.problem.entity.KeyProblem;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 揭榜挂帅 on the workbench: this year's problems on which the caller has a step to take (appoint, bid, report, accept). */
@ApplicationScoped
public class ProblemWorkItems implements WorkbenchSource {

    @Inject
    ProblemDesk desk;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Override
    public List<WorkItem> items() {
        if (!caller.isSignedIn() || desk.actors(null).isEmpty()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        long waiting = desk.year(year).stream().filter(this::waitsForCaller).count();
        return List.of(new WorkItem(
                WorkItem.Kind.PENDING,
                RareEarthMessages.BUNDLE,
                "work.problems",
                waiting,
                "/rare-earth/problems.xhtml"));
    }

    private boolean waitsForCaller(KeyProblem k) {
        List<ProblemAction> a = desk.actions(k);
        return a.stream().anyMatch(x -> x != ProblemAction.WITHDRAW && (x != ProblemAction.BID || !desk.hasBid(k)));
    }
}
