package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.document.boundary.UploadSized;
import cn.gov.baotou.talent.core.document.entity.Document;
import cn.gov.baotou.talent.rareearth.rest.Multipart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An application's attachments (附件), within the caller's scope: filed, listed, previewed, downloaded. */
@Path("/v1/rare-earth/applications/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rare-earth")
public class AttachmentsResource {

    @Inject
    AttachmentDesk desk;

    @POST
    @UploadSized
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上传附件（申报企业或市委人才办，申报办结前）：表单字段 file（PDF、JPEG 或 PNG，按内容识别）、title（可选）")
    public Response attach(
            @PathParam("id") long id,
            @FormParam("file") EntityPart file,
            @FormParam("title") EntityPart title,
            @Context UriInfo uri) {
        long documentId = desk.attach(
                        id,
                        Multipart.text(title),
                        file == null ? null : file.getFileName().orElse(null),
                        file == null ? null : file.getContent())
                .documentId();
        AttachmentView view = list(id).stream()
                .filter(a -> a.documentId() == documentId)
                .findFirst()
                .orElseThrow();
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/rare-earth/applications/" + id + "/attachments/" + documentId + "/content")
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Operation(summary = "申报的附件：名称、类型、大小、SHA-256、上传人和时间、预览地址")
    public List<AttachmentView> list(@PathParam("id") long id) {
        return desk.list(id).stream().map(a -> AttachmentView.of(id, a)).toList();
    }

    @GET
    @Path("{documentId}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "附件内容：在线预览（inline），download=true 时下载")
    public Response content(
            @PathParam("id") long id,
            @PathParam("documentId") long documentId,
            @QueryParam("download") boolean download) {
        AttachmentDesk.Content c = desk.content(id, documentId);
        Document d = c.document();
        return Response.ok((StreamingOutput) out -> Files.copy(c.file(), out))
                .type(d.contentType().mediaType())
                .header("Content-Length", d.size())
                .header("Content-Disposition", Multipart.disposition(download ? "attachment" : "inline", d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
