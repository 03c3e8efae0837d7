package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hires over the "原则上" age limit within the caller's scope: waiting for, or holding, the city office's exception. */
@Path("/v1/intake/exceptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake")
public class IntakeExceptionsResource {

    @Inject
    HireDesk desk;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "超过“原则上”年龄限制的人员：待同意与已同意例外（供报表）")
    public List<HireSummary> exceptions() {
        boolean clear = caller.readsPersonalData() || caller.is(Role.ENTERPRISE);
        return desk.exceptions().stream().map(h -> HireSummary.of(h, clear)).toList();
    }
}
