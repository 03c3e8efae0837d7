package cn.gov.baotou.talent.core.notice.boundary;

import cn.gov.baotou.talent.core.account.boundary.OpenToReaders;
import cn.gov.baotou.talent.core.notice.entity.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notices (站内通知). */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "notifications", description = "站内通知")
public class NoticesResource {

    @Inject
    Notices notices;

    /** A notice as its recipient reads it. */
    public record NoticeView(long id, String title, String body, String link, Instant createdAt, boolean unread) {

        static NoticeView of(Notification n) {
            return new NoticeView(n.id(), n.title(), n.body(), n.link(), n.createdAt(), n.unread());
        }
    }

    /** The latest notices and how many are unread. */
    public record NoticeList(long unread, List<NoticeView> items) {}

    @GET
    @Operation(summary = "本人最新的站内通知")
    public NoticeList mine(@QueryParam("max") @DefaultValue("20") int max) {
        return new NoticeList(
                notices.unread(),
                notices.mine(Math.min(Math.max(max, 1), 100)).stream()
                        .map(NoticeView::of)
                        .toList());
    }

    @POST
    @OpenToReaders
    @Path("{id}/read")
    @Operation(summary = "标记为已读（只能标记本人的通知）")
    public NoticeView read(@PathParam("id") long id) {
        return NoticeView.of(notices.markRead(id));
    }
}
