package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.audit.boundary.ActivityView;
import cn.gov.baotou.talent.servicesplan.flow.boundary.JsonFields;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 推荐申请 through the review chain of services-plan.5: filed by the enterprise, reviewed first by its district office,
 * reviewed and summarised by the city office, decided at its meeting and sent back. Each step by its one role.
 */
@Path("/v1/services-plan/nominations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class NominationsResource {

    @Inject
    NominationDesk desk;

    @Inject
    MeetingDesk meetings;

    @Inject
    Caller caller;

    /** A page of nominations with the total of the status asked for. */
    public record NominationPage(long total, int page, int size, List<NominationView> items) {}

    @GET
    @Operation(
            summary = "本人权限范围内的推荐申请（分页；可按状态、名额年度、属地、企业名称筛选；sort=number|enterprise|district|"
                    + "appliedOn|year|quota|status，dir=asc|desc）")
    public NominationPage search(
            @QueryParam("status") String status,
            @QueryParam("year") String year,
            @QueryParam("district") String district,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Map<String, String> given = new HashMap<>();
        given.put("status", status);
        given.put("year", year);
        given.put("district", district);
        given.put("q", q);
        given.put("sort", sort);
        given.put("dir", dir);
        given.put("page", String.valueOf(page));
        given.put("size", String.valueOf(size));
        NominationSearch s = NominationSearch.of(ListParams.read(given::get, NominationSearch.FILTERS, 20));
        ListParams p = s.params();
        return new NominationPage(
                desk.count(s.filter()),
                p.page(),
                p.size(),
                desk.find(s.filter(), s.order(), p.first(), p.size()).stream()
                        .map(n -> view(n, List.of(), List.of()))
                        .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "一份推荐申请：推荐人员、可进行的操作、流程记录（超出权限范围时返回 404）")
    public NominationView get(@PathParam("id") long id) {
        List<String> actions =
                desk.available(id).stream().map(NominationStep::name).toList();
        return view(desk.visible(id), actions, desk.timeline(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "推荐申请（每年 3 月、9 月 1—10 日，services-plan.5.1）：企业按平台当天申报，appliedOn 可省略、只能是今天；"
                    + "市委人才办录入纸质申报时须给 enterpriseId、appliedOn（纸质申报日期，不晚于今天，可为已过的申报期）和 reason"
                    + "（书面理由，记入流程记录）；nominees：name, idNumber, phone, kind=EXECUTIVE|CONTRIBUTOR, jobTitle, "
                    + "contribution")
    public Response submit(JsonObject body, @Context UriInfo uri) {
        Nomination n = desk.submit(form(JsonFields.of(body)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(n.id()))
                        .build())
                .entity(view(n, List.of(), List.of()))
                .build();
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "企业修改后重新提交被退回的申请（平台当天）；市委人才办录入纸质重新提交时须给 appliedOn 和 reason")
    public NominationView resubmit(@PathParam("id") long id, JsonObject body) {
        return view(desk.resubmit(id, form(JsonFields.of(body))), List.of(), List.of());
    }

    @POST
    @Path("{id}/district-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "属地党委人才办初审：pass=true 提交市委人才办，false 退回（opinion 必填）")
    public NominationView districtReview(@PathParam("id") long id, JsonObject body) {
        return review(id, body, NominationStep.DISTRICT_PASS, NominationStep.DISTRICT_RETURN);
    }

    @POST
    @Path("{id}/city-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办审核汇总：pass=true 列入会议研究名单，false 退回（opinion 必填）")
    public NominationView cityReview(@PathParam("id") long id, JsonObject body) {
        return review(id, body, NominationStep.CITY_PASS, NominationStep.CITY_RETURN);
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办反馈结果：通知企业、属地党委人才办和市直有关部门，入选人员开始享受 16 项服务保障")
    public NominationView feedBack(@PathParam("id") long id, JsonObject body) {
        return view(meetings.feedBack(id, JsonFields.of(body).text("opinion")), List.of(), List.of());
    }

    private NominationView review(long id, JsonObject body, NominationStep pass, NominationStep giveBack) {
        JsonFields in = JsonFields.of(body);
        boolean passed = "true".equalsIgnoreCase(String.valueOf(in.text("pass")));
        return view(desk.review(id, passed ? pass : giveBack, in.text("opinion")), List.of(), List.of());
    }

    private NominationView view(Nomination n, List<String> actions, List<ActivityView> timeline) {
        return NominationView.of(n, caller.readsPersonalData(), actions, timeline);
    }

    private static NominationForm form(JsonFields in) {
        return new NominationForm(in.text("appliedOn"), nominees(in), in.text("enterpriseId"), in.text("reason"));
    }

    private static List<NomineeForm> nominees(JsonFields in) {
        return in.objects("nominees").stream()
                .map(m -> new NomineeForm(
                        m.text("name"),
                        m.text("idNumber"),
                        m.text("phone"),
                        m.text("kind"),
                        m.text("jobTitle"),
                        m.text("contribution")))
                .toList();
    }
}
