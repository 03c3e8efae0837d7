package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.HireStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import cn.gov.baotou.talent.intake.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 拟录用名单 (intake.5.3): hires within the caller's scope, submitted one at a time by their enterprise, with the
 * checks decided at submission. One case and its steps are in {@link HireResource}.
 */
@Path("/v1/intake/hires")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake", description = "博士硕士引进：拟录用人员、核实、三方协议、服务管理")
public class HiresResource {

    @Inject
    HireDesk desk;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    /** A page of hires with the total the filters match. */
    public record HirePage(long total, int page, int size, List<HireSummary> items) {}

    @GET
    @Operation(summary = "本账号范围内的拟录用人员（分页，最新在前），可按状态、学历、属地筛选")
    public HirePage search(
            @QueryParam("status") String status,
            @QueryParam("degree") String degree,
            @QueryParam("districtCode") String districtCode,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        HireStatus s = JsonInput.choice(status, HireStatus.class, "status");
        Degree d = JsonInput.choice(degree, Degree.class, "degree");
        int p = Math.max(page, 0);
        int n = Math.min(Math.max(size, 1), 200);
        boolean clear = caller.readsPersonalData() || caller.is(Role.ENTERPRISE);
        String district = districtCode == null || districtCode.isBlank() ? null : districtCode;
        List<HireSummary> items = desk.search(s, d, district, p * n, n).stream()
                .map(h -> HireSummary.of(h, clear))
                .toList();
        return new HirePage(desk.count(s, d, district), p, n, items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业报送一名拟录用人员（须持有有效的联合招引协议，intake.5.1、intake.5.3）；按报送当日的政策参数审核")
    public Response submit(JsonObject body, @Context UriInfo uri) {
        JsonInput in = new JsonInput(body);
        HireForm form = new HireForm(
                in.text("name"),
                in.text("idNumber"),
                in.date("birthDate"),
                in.oneOf("degree", Degree.class),
                in.text("disciplineCode"),
                in.text("major"),
                in.text("institution"),
                in.bool("degreeRecognised"),
                in.text("overseasCertificateNo"),
                in.bool("fromOutsideCity"),
                in.oneOf("workType", WorkType.class),
                in.text("jobTitle"),
                in.oneOf("sourceKind", SourceKind.class),
                in.text("sourceReference"));
        in.check();
        Hire h = desk.submit(form);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(h.id()))
                        .build())
                .entity(desk.detail(h.id(), messages()))
                .build();
    }

    private Messages messages() {
        return ProblemResponses.messages(headers);
    }
}
