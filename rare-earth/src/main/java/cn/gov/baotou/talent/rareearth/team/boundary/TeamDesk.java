package cn.gov.baotou.talent.rareearth.team.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.audit.boundary.ActivityLog;
import cn.gov.baotou.talent.core.refusal.Conflict;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.measure.entity.RareEarthField;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.rest.TypedFields;
import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
import cn.gov.baotou.talent.rareearth.team.entity.TeamStatus;
import cn.gov.baotou.talent.rareearth.team.entity.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * High-end teams (rare-earth.1): an above-size rare-earth enterprise (or the city office for it) reports a team it
 * brought in with the terms agreed case by case; the city office, which leads the measure, confirms or declines it.
 */
@ApplicationScoped
@Transactional
public class TeamDesk {

    public static final String CASE_TYPE = "rare-earth.team";

    @PersistenceContext
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    Caller caller;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    public TeamDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public TeamDesk(EntityManager em, Caller caller, ActivityLog activity, Clock clock) {
        this.em = em;
        this.teams = new Teams(em);
        this.caller = caller;
        this.activity = activity;
        this.clock = clock;
    }

    public HighEndTeam report(TeamForm f) {
        if (!caller.is(Role.ENTERPRISE, Role.CITY_OFFICE)) {
            throw new Forbidden("report team");
        }
        TypedFields in = new TypedFields(Set.of("name", "field", "leaderName", "members", "introducedOn", "terms"));
        Enterprise e = enterprise(f.enterpriseId(), in);
        String name = in.text("name", f.name(), 200);
        String field = in.oneOf(
                "field",
                f.field(),
                Arrays.stream(RareEarthField.values()).map(Enum::name).toList());
        String leader = in.text("leaderName", f.leaderName(), 50);
        Integer members = in.integer("members", f.members(), 1);
        LocalDate on = in.date("introducedOn", f.introducedOn());
        String terms = in.text("terms", f.terms(), 4000);
        in.check();
        HighEndTeam t = new HighEndTeam(
                name,
                RareEarthField.valueOf(field),
                e.id(),
                e.district().code(),
                leader,
                members,
                on,
                terms,
                caller.getUsername());
        teams.add(t);
        activity.record(CASE_TYPE, t.id(), "REPORT", null, TeamStatus.REPORTED.name(), null);
        return t;
    }

    /** The city office confirms the team (it then counts) or declines it, saying why. */
    public HighEndTeam decide(long id, boolean confirm, String note) {
        if (!caller.is(Role.CITY_OFFICE)) {
            throw new Forbidden("decide team");
        }
        HighEndTeam t = teams.visible(id, caller.visibility(), true)
                .orElseThrow(() -> new NotFound(RareEarthMessages.ref("team.notFound"), id));
        if (t.status() != TeamStatus.REPORTED) {
            throw new Conflict(
                    RareEarthMessages.ref("team.decided"),
                    RareEarthMessages.ref("team.status." + t.status().name()));
        }
        TypedFields in = new TypedFields(Set.of("note"));
        String text = in.text("note", note, 2000);
        in.check();
        t.decide(confirm, caller.getUsername(), LocalDate.now(clock), text);
        activity.record(
                CASE_TYPE,
                t.id(),
                confirm ? "CONFIRM" : "DECLINE",
                "REPORTED",
                t.status().name(),
                text);
        return t;
    }

    public List<HighEndTeam> year(int year) {
        return teams.search(caller.visibility(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private Enterprise enterprise(String id, TypedFields in) {
        Enterprise e = null;
        if (caller.is(Role.ENTERPRISE)) {
            e = em.find(Enterprise.class, caller.scope().enterpriseId());
        } else {
            try {
                e = id == null ? null : em.find(Enterprise.class, Long.valueOf(id.strip()));
            } catch (NumberFormatException ignored) {
                // refused below as unknown
            }
        }
        if (e == null) {
            in.add(RareEarthMessages.error("enterpriseId", "team.enterprise.unknown", String.valueOf(id)));
            in.check();
        } else if (!e.rareEarth() || !e.aboveDesignatedSize()) {
            in.add(RareEarthMessages.error("enterpriseId", "team.enterprise.notInScope", e.name()));
        }
        return e;
    }
}
