package cn.gov.baotou.talent.rareearth.record.boundary;

import static cn.gov.baotou.talent.core.rest.RequestFields.typed;

import cn.gov.baotou.talent.rareearth.record.entity.MeasureRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Flexible introductions (4), cooperation (8), 离岗创业 agreements (14) and task forces (15), within scope. */
@Path("/v1/rare-earth/records/{measure}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class RecordsResource {

    @Inject
    RecordDesk desk;

    /** A record as shown. */
    public record RecordView(
            long id,
            int measureNo,
            String kind,
            String title,
            String counterpart,
            Long enterpriseId,
            String districtCode,
            LocalDate startedOn,
            LocalDate endedOn,
            Integer people,
            String terms) {

        static RecordView of(MeasureRecord r) {
            return new RecordView(
                    r.id(),
                    r.measureNo(),
                    r.kind(),
                    r.title(),
                    r.counterpart(),
                    r.enterpriseId(),
                    r.districtCode(),
                    r.startedOn(),
                    r.endedOn(),
                    r.people(),
                    r.terms());
        }
    }

    /** A page of records and how many the caller may see in all. */
    public record Page(long total, List<RecordView> items) {}

    @GET
    @Operation(summary = "一条措施（4、8、14、15）登记的事项")
    public Page list(
            @PathParam("measure") int measure,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        return new Page(
                desk.count(measure),
                desk.of(measure, Math.max(0, first), Math.max(1, Math.min(max, 200))).stream()
                        .map(RecordView::of)
                        .toList());
    }

    @POST
    @Operation(summary = "登记：kind、title、counterpart、enterpriseId、districtCode、startedOn、endedOn、people、terms")
    public Response record(@PathParam("measure") int measure, JsonObject b) {
        MeasureRecord r = desk.record(
                measure,
                new RecordForm(
                        typed(b, "kind"),
                        typed(b, "title"),
                        typed(b, "counterpart"),
                        typed(b, "enterpriseId"),
                        typed(b, "districtCode"),
                        typed(b, "startedOn"),
                        typed(b, "endedOn"),
                        typed(b, "people"),
                        typed(b, "terms")));
        return Response.status(Response.Status.CREATED).entity(RecordView.of(r)).build();
    }
}
