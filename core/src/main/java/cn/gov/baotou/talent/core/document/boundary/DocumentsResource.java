package cn.gov.baotou.talent.core.document.boundary;

import cn.gov.baotou.talent.core.document.entity.Document;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploads (附件) as multipart/form-data, their metadata, and their bytes for preview — all within the caller's scope. */
@Path("/v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "documents", description = "附件（PDF、JPEG、PNG，按内容识别）")
public class DocumentsResource {

    /** Longest text accepted in a form field other than the file. */
    private static final int MAX_FIELD_BYTES = 100;

    @Inject
    DocumentStore store;

    @POST
    @UploadSized
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "上传附件：表单字段 file（PDF/JPEG/PNG，按文件内容识别，大小受 talent.upload.max-bytes 限制）、"
                    + "kind（AGREEMENT、CERTIFICATE、EVIDENCE、RULES），可选 enterpriseId 或 districtCode")
    public Response upload(
            @FormParam("file") EntityPart file,
            @FormParam("kind") EntityPart kind,
            @FormParam("districtCode") EntityPart districtCode,
            @FormParam("enterpriseId") EntityPart enterpriseId,
            @Context UriInfo uri) {
        UploadForm form = new UploadForm(
                file == null ? null : file.getFileName().orElse(null),
                text(kind),
                text(districtCode),
                text(enterpriseId));
        Document d = store.upload(form, file == null ? null : file.getContent());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(d.id()))
                        .build())
                .entity(DocumentView.of(d))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "附件信息（超出权限范围时与不存在同样返回 404）")
    public DocumentView get(@PathParam("id") long id) {
        return DocumentView.of(store.visible(id));
    }

    @GET
    @Path("{id}/content")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @Operation(summary = "附件内容，供在线预览（inline）；类型为上传时按内容识别的类型")
    public Response content(@PathParam("id") long id) {
        DocumentStore.Content c = store.content(id);
        Document d = c.document();
        return Response.ok((StreamingOutput) out -> Files.copy(c.file(), out))
                .type(d.contentType().mediaType())
                .header("Content-Length", d.size())
                .header("Content-Disposition", inline(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** RFC 6266: an ASCII fallback and the real name in UTF-8 (RFC 8187). */
    static String inline(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String text(EntityPart part) {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
