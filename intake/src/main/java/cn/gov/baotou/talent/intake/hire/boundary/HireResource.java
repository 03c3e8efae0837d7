package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;
import cn.gov.baotou.talent.intake.rest.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One hire, and its steps, each by the role the state machine names (another role: 403; a case outside the caller's
 * scope: 404; a step its state does not allow: 409), answered with the case as it stands after the step.
 */
@Path("/v1/intake/hires/{id}")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "intake")
public class HireResource {

    @Inject
    HireDesk desk;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "一名拟录用人员：审核项、补贴、三方协议、服务保障、考核、离职与追回、流程记录（超出范围时 404）")
    public HireDetail get(@PathParam("id") long id) {
        return desk.detail(id, ProblemResponses.messages(headers));
    }

    @POST
    @Path("exception")
    @Operation(summary = "市委人才办同意年龄例外（原则上，intake.3.1）：{reason} 必填")
    public HireDetail exception(@PathParam("id") long id, JsonObject body) {
        String reason = text(body, "reason");
        return after(id, () -> desk.approveException(id, reason));
    }

    @POST
    @Path("verification")
    @Operation(summary = "市委人才办核实通过（intake.5.4）：{opinion} 审批意见")
    public HireDetail verify(@PathParam("id") long id, JsonObject body) {
        String opinion = text(body, "opinion");
        return after(id, () -> desk.verify(id, opinion));
    }

    @POST
    @Path("rejection")
    @Operation(summary = "市委人才办核实不通过：{reason} 必填")
    public HireDetail reject(@PathParam("id") long id, JsonObject body) {
        String reason = text(body, "reason");
        return after(id, () -> desk.reject(id, reason));
    }

    @POST
    @Path("agreement")
    @Operation(summary = "登记三方协议 {signedOn, documentId, opinion}：同时在资金台账登记补贴（1:1，签订后 10 个工作日内拨付）")
    public HireDetail agreement(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        var signedOn = in.date("signedOn");
        Long documentId = in.id("documentId");
        String opinion = in.text("opinion");
        in.check();
        return after(id, () -> desk.signAgreement(id, signedOn, documentId, opinion));
    }

    @POST
    @Path("service-start")
    @Operation(summary = "补贴拨付后纳入服务管理（服务期 intake.6.1）")
    public HireDetail startService(@PathParam("id") long id, JsonObject body) {
        String note = text(body, "note");
        return after(id, () -> desk.startService(id, note));
    }

    @POST
    @Path("completion")
    @Operation(summary = "服务期满办结")
    public HireDetail complete(@PathParam("id") long id, JsonObject body) {
        String note = text(body, "note");
        return after(id, () -> desk.complete(id, note));
    }

    @PUT
    @Path("terms")
    @Operation(summary = "企业登记一事一议（intake.3.2.2）：{topUpYuan, annualSalaryYuan, note}")
    public HireDetail terms(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        Yuan topUp = in.yuan("topUpYuan");
        Yuan salary = in.yuan("annualSalaryYuan");
        String note = in.text("note");
        in.check();
        return after(id, () -> desk.recordTerms(id, topUp, salary, note));
    }

    @PUT
    @Path("services/{kind}")
    @Operation(summary = "更新服务保障（intake.3.2.3）：博士由市委人才办、硕士由属地党委人才办办理；{status, note}")
    public HireDetail service(@PathParam("id") long id, @PathParam("kind") String kind, JsonObject body) {
        JsonInput in = new JsonInput(body);
        ServiceKind k = JsonInput.choice(kind, ServiceKind.class, "kind");
        ServiceStatus status = in.oneOf("status", ServiceStatus.class);
        String note = in.text("note");
        in.check();
        return after(id, () -> desk.updateService(id, k, status, note));
    }

    @PUT
    @Path("evaluations/{year}")
    @Operation(
            summary = "登记年度跟踪评估考核（intake.6.2），服务满该年度（签约周年日）起方可登记：各项评分 commitmentsGrade（履行承诺）、"
                    + "payGrade（薪酬待遇）、servicesGrade（服务保障）、dutiesGrade（履行职责）、resultsGrade（成果进展）、"
                    + "performanceGrade（工作业绩），总体结果 enterpriseGrade、talentGrade，及 enterpriseComment、talentComment")
    public HireDetail evaluation(@PathParam("id") long id, @PathParam("year") int year, JsonObject body) {
        JsonInput in = new JsonInput(body);
        EvaluationForm form = new EvaluationForm(
                in.oneOf("commitmentsGrade", Grade.class),
                in.oneOf("payGrade", Grade.class),
                in.oneOf("servicesGrade", Grade.class),
                in.oneOf("enterpriseGrade", Grade.class),
                in.text("enterpriseComment"),
                in.oneOf("dutiesGrade", Grade.class),
                in.oneOf("resultsGrade", Grade.class),
                in.oneOf("performanceGrade", Grade.class),
                in.oneOf("talentGrade", Grade.class),
                in.text("talentComment"));
        in.check();
        return after(id, () -> desk.recordEvaluation(id, year, form));
    }

    @POST
    @Path("departure")
    @Operation(summary = "企业报告离职（intake.6.3）：{kind: RESIGNED|DISMISSED|OTHER, departedOn, reason}")
    public HireDetail departure(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        DepartureKind kind = in.oneOf("kind", DepartureKind.class);
        var departedOn = in.date("departedOn");
        String reason = in.text("reason");
        in.check();
        return after(id, () -> desk.reportDeparture(id, kind, departedOn, reason));
    }

    @POST
    @Path("recovery")
    @Operation(summary = "市委人才办决定追回（intake.6.3）：{reason, amountYuan}，金额缺省为按未服务整月比例的默认方案")
    public HireDetail recovery(@PathParam("id") long id, JsonObject body) {
        JsonInput in = new JsonInput(body);
        Yuan amount = in.yuan("amountYuan");
        String reason = in.text("reason");
        in.check();
        return after(id, () -> desk.decideRecovery(id, amount, reason));
    }

    /** The one text field of a body, refused by name when it is not text. */
    private static String text(JsonObject body, String name) {
        JsonInput in = new JsonInput(body);
        String value = in.text(name);
        in.check();
        return value;
    }

    /** The step in its own transaction, then the case as it stands (the step's refusal wrote nothing). */
    private HireDetail after(long id, Supplier<Object> step) {
        step.get();
        return desk.detail(id, ProblemResponses.messages(headers));
    }
}
