package cn.gov.baotou.talent.servicesplan.proactive.boundary;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.NotFound;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.servicesplan.proactive.entity.WindowNotice;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 免申即享: the notices sent before each window, whom they told and who has applied since (the city office). */
@Path("/v1/services-plan/window-notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class WindowNoticesResource {

    @Inject
    ProactiveNotice notice;

    /** A window's notice with the enterprises it told. */
    public record NoticeView(
            String windowStart,
            String windowEnd,
            int quotaYear,
            String sentOn,
            int enterprisesTold,
            List<ToldEnterprise> enterprises) {

        static NoticeView of(WindowNotice n, List<ToldEnterprise> told) {
            return new NoticeView(
                    n.windowStart().toString(),
                    n.windowEnd().toString(),
                    n.quotaYear(),
                    n.sentOn().toString(),
                    n.enterprisesTold(),
                    told);
        }
    }

    @GET
    @Operation(summary = "各申报期前发出的主动提醒（免申即享）")
    public List<NoticeView> list() {
        return notice.sent().stream().map(n -> NoticeView.of(n, List.of())).toList();
    }

    @GET
    @Path("{windowStart}")
    @Operation(summary = "一个申报期的提醒：收到提醒的企业、名额、已用、条款，以及是否已申报")
    public NoticeView get(@PathParam("windowStart") String windowStart) {
        LocalDate start = date("windowStart", windowStart);
        WindowNotice n = notice.sent().stream()
                .filter(s -> s.windowStart().equals(start))
                .findFirst()
                .orElseThrow(() -> new NotFound(ServicesPlanText.ref("windowNotice.notFound"), windowStart));
        return NoticeView.of(n, notice.told(start));
    }

    @POST
    @Operation(summary = "市委人才办立即发送到期的提醒（today 缺省为今天；同一申报期只发送一次）")
    public Response send(@QueryParam("today") String today) {
        LocalDate day = today == null || today.isBlank() ? null : date("today", today);
        return notice.sendNow(day)
                .map(n -> Response.status(Response.Status.CREATED)
                        .entity(NoticeView.of(n, notice.told(n.windowStart())))
                        .build())
                .orElseGet(() -> Response.noContent().build());
    }

    private static LocalDate date(String field, String text) {
        try {
            return DayText.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "request.date", text);
        }
    }
}
