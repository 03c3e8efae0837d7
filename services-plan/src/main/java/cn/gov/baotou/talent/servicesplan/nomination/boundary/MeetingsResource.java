package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.servicesplan.flow.boundary.JsonFields;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 会议研究确定 (services-plan.5.3): the city office records its meeting and the list it decided. */
@Path("/v1/services-plan/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class MeetingsResource {

    @Inject
    MeetingDesk meetings;

    /** The meeting recorded and how many nominations it decided. */
    public record MeetingView(long id, String meetingDate, String minutesNo, int decided) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "市委人才办会议研究确定：meetingDate, minutesNo, documentId（可选）, decisions：[{nominationId, "
                    + "approvedNomineeIds, opinion}]，未列入 approvedNomineeIds 的推荐人员为未入选")
    public Response decide(JsonObject body) {
        JsonFields in = JsonFields.of(body);
        List<MeetingForm.Decision> decisions = in.objects("decisions").stream()
                .map(d -> new MeetingForm.Decision(
                        id(d.text("nominationId")), d.ids("approvedNomineeIds"), d.text("opinion")))
                .toList();
        Meeting m = meetings.decide(
                new MeetingForm(in.text("meetingDate"), in.text("minutesNo"), in.text("documentId"), decisions));
        return Response.status(Response.Status.CREATED)
                .entity(new MeetingView(m.id(), m.meetingDate().toString(), m.minutesNo(), decisions.size()))
                .build();
    }

    private static Long id(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
