package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enterprises of the registry, within the caller's scope. */
@Path("/v1/registry/enterprises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "registry", description = "企业与人员登记")
public class EnterprisesResource {

    @Inject
    EnterpriseRegistry registry;

    /** A page of enterprises with the total the filters match. */
    public record EnterprisePage(long total, int page, int size, List<EnterpriseView> items) {}

    @GET
    @Operation(summary = "查询本人权限范围内的企业（分页）")
    public EnterprisePage search(
            @QueryParam("districtCode") String districtCode,
            @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), 200);
        List<EnterpriseView> items = registry.search(districtCode, text, p * s, s).stream()
                .map(EnterpriseView::of)
                .toList();
        return new EnterprisePage(registry.count(districtCode, text), p, s, items);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一家企业（超出权限范围时与不存在同样返回 404）")
    public EnterpriseView get(@PathParam("id") long id) {
        return EnterpriseView.of(registry.visible(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记企业：统一社会信用代码按 GB 32100 校验")
    public Response register(EnterpriseForm form, @Context UriInfo uri) {
        Enterprise e = registry.register(
                form == null
                        ? new EnterpriseForm(null, null, null, null, null, null, null, null, null, null, null)
                        : form);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(e.id()))
                        .build())
                .entity(EnterpriseView.of(e))
                .build();
    }
}
