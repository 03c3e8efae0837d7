package cn.gov.baotou.talent.core.parameter.boundary;

import cn.gov.baotou.talent.core.parameter.control.UploadedText;
import cn.gov.baotou.talent.core.rest.RequestFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The city office's draft versions (参数草稿) over REST: listed, made from a version file or as a copy of the newest
 * version, read (also as the file), replaced, deleted and promoted by the import. No rule reads a draft.
 */
@Path("/v1/parameters/drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "parameter drafts", description = "参数草稿：待审议的政策版本，仅供预算测算，办理业务从不读取")
public class DraftsResource {

    static final String CSV = "text/csv;charset=UTF-8";

    @Inject
    ParameterDraftDesk desk;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "全部参数草稿（不含数值），新建的在前")
    public List<DraftView> all() {
        return desk.all();
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "以版本文件（UTF-8 CSV，列同导入）新建草稿；按今日导入的规则逐行检查，有误则整体拒绝")
    public Response upload(
            @QueryParam("name") @Parameter(description = "草稿名称", example = "2026 年提高博士补贴") String name,
            InputStream body) {
        return created(desk.upload(name, UploadedText.of(body)));
    }

    @POST
    @Path("copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "复制最新版本为草稿：{\"name\":\"…\",\"version\":\"2026\",\"validFrom\":\"2026-01-01\","
                    + "\"validTo\":\"2026-12-31\"}（validTo 可省略，表示长期）")
    public Response copy(JsonObject body) {
        RequestFields in = new RequestFields(body);
        String name = in.text("name");
        String version = in.text("version");
        LocalDate from = in.date("validFrom");
        JsonValue to = in.raw().get("validTo");
        LocalDate until = to == null || to.getValueType() == JsonValue.ValueType.NULL ? null : in.date("validTo");
        in.check();
        return created(desk.copyOfNewest(name, version, from, until));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "一份草稿及其全部数值")
    public DraftView one(@PathParam("id") long id) {
        return desk.one(id);
    }

    @GET
    @Path("{id: [0-9]+}.csv")
    @Produces(CSV)
    @Operation(summary = "草稿的版本文件（与导入相同的列）")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(desk.csv(id))
                .header("Content-Disposition", "attachment; filename=\"parameter-draft-" + id + ".csv\"")
                .build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "以版本文件替换草稿的全部数值（已发布的草稿不能再改）")
    public DraftView replace(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        return desk.replace(id, name, UploadedText.of(body));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "删除草稿（审计记录保留）")
    public Response delete(@PathParam("id") long id) {
        desk.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/promotion")
    @Operation(summary = "经原有导入程序将草稿发布为政策版本：全部检查重新进行，任何一行有误则不发布")
    public ParametersResource.Imported promote(@PathParam("id") long id) {
        return ParametersResource.Imported.of(desk.promote(id));
    }

    private Response created(DraftView draft) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("v1/parameters/drafts/{id}")
                        .build(draft.id()))
                .entity(draft)
                .build();
    }
}
