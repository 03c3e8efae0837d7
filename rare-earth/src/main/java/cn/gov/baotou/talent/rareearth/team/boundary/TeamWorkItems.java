package cn.gov.baotou.talent.rareearth.team.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.web.control.WorkItem;
import cn.gov.baotou.talent.core.web.control.WorkbenchSource;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.team.entity.TeamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The city office's to-do of reported teams waiting to be confirmed (rare-earth.1). */
@ApplicationScoped
public class TeamWorkItems implements WorkbenchSource {

    @Inject
    TeamDesk desk;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Override
    public List<WorkItem> items() {
        if (!caller.is(Role.CITY_OFFICE)) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        long reported = desk.year(year).stream()
                .filter(t -> t.status() == TeamStatus.REPORTED)
                .count();
        return List.of(new WorkItem(
                WorkItem.Kind.PENDING, RareEarthMessages.BUNDLE, "work.teams", reported, "/rare-earth/teams.xhtml"));
    }
}
