package cn.gov.baotou.talent.rareearth.team.boundary;

import static cn.gov.baotou.talent.core.rest.RequestFields.typed;

import cn.gov.baotou.talent.rareearth.team.entity.HighEndTeam;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** High-end talent teams (rare-earth.1): reported by enterprises, confirmed by the city office. */
@Path("/v1/rare-earth/teams")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class TeamsResource {

    @Inject
    TeamDesk desk;

    @Inject
    Clock clock;

    /** A team as shown. */
    public record TeamView(
            long id,
            String name,
            String field,
            long enterpriseId,
            String districtCode,
            String leaderName,
            int members,
            LocalDate introducedOn,
            String terms,
            String status,
            String decisionNote) {

        static TeamView of(HighEndTeam t) {
            return new TeamView(
                    t.id(),
                    t.name(),
                    t.field().name(),
                    t.enterpriseId(),
                    t.districtCode(),
                    t.leaderName(),
                    t.members(),
                    t.introducedOn(),
                    t.terms(),
                    t.status().name(),
                    t.decisionNote());
        }
    }

    @GET
    @Operation(summary = "某年引进的高精尖人才团队（按权限范围，默认今年）")
    public List<TeamView> year(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return desk.year(y).stream().map(TeamView::of).toList();
    }

    @POST
    @Operation(summary = "报送团队：name、field、leaderName、members、introducedOn、terms（一事一议）；市委人才办代报须 enterpriseId")
    public Response report(JsonObject b) {
        HighEndTeam t = desk.report(new TeamForm(
                typed(b, "enterpriseId"),
                typed(b, "name"),
                typed(b, "field"),
                typed(b, "leaderName"),
                typed(b, "members"),
                typed(b, "introducedOn"),
                typed(b, "terms")));
        return Response.status(Response.Status.CREATED).entity(TeamView.of(t)).build();
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "市委人才办认定：confirm（true/false）、note")
    public TeamView decide(@PathParam("id") long id, JsonObject b) {
        boolean confirm = b != null && b.get("confirm") == JsonValue.TRUE;
        return TeamView.of(desk.decide(id, confirm, typed(b, "note")));
    }
}
