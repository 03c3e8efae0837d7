package cn.gov.baotou.talent.core.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit history of any record, read-only, for the city office: there is deliberately no method that writes. */
@Path("/v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "audit", description = "修改留痕（市委人才办，只读）")
public class AuditResource {

    @Inject
    AuditHistory history;

    @GET
    @Operation(summary = "可查询修改历史的记录类型")
    public List<String> types() {
        return history.types();
    }

    @GET
    @Path("{type}/{id}")
    @Operation(summary = "一条记录的全部修改历史：何人、何时、新增/修改/删除、各字段修改前后（身份证号、手机号脱敏）")
    public List<RevisionView> of(
            @PathParam("type") @Parameter(description = "记录类型", example = "enterprise") String type,
            @PathParam("id") @Parameter(description = "记录编号", example = "1") String id) {
        return history.of(type, id);
    }
}
