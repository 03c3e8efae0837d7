package cn.gov.baotou.talent.intake.rules.boundary;

import cn.gov.baotou.talent.core.account.boundary.OpenToReaders;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.rest.RequestFields;
import cn.gov.baotou.talent.intake.eligibility.boundary.IntakeStandards;
import cn.gov.baotou.talent.intake.eligibility.control.Candidate;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.EnterpriseFacts;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeDecision;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.recovery.control.RecoveryProposal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plan's rules for anyone to try: eligibility with its checks and subsidy, and the default recovery on departure.
 * Public, no sign-in, stores nothing; the numbers are those of the policy version in force on the date given.
 */
@OpenToReaders
@Path("/v1/rules/intake")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rules", description = "政策计算（公开，不存储）")
public class IntakeRulesResource {

    @Inject
    IntakeStandards standards;

    @Context
    HttpHeaders headers;

    /** The subsidy a hire would get, split between the two finances. */
    public record SubsidyView(String totalYuan, String cityYuan, String districtYuan) {}

    /** The answer of the eligibility rule. */
    public record EligibilityView(
            boolean eligible, boolean exceptionRequired, SubsidyView subsidy, List<CheckView> checks) {}

    /** The answer of the recovery rule. */
    public record RecoveryView(
            int servedMonths, int unservedMonths, String recoveryYuan, String cityYuan, String districtYuan) {}

    @POST
    @Path("eligibility")
    @Operation(summary = "博士硕士引进资格与补贴（intake.3.1、intake.4、intake.3.2.1）")
    public EligibilityView eligibility(JsonObject body) {
        RequestFields in = new RequestFields(body);
        Degree degree = in.oneOf("degree", Degree.class);
        LocalDate birthDate = in.date("birthDate");
        LocalDate assessedOn = in.date("assessedOn");
        Boolean recognised = in.bool("degreeRecognised");
        Boolean outside = in.bool("fromOutsideCity");
        WorkType work = in.oneOf("workType", WorkType.class);
        RequestFields e = in.object("enterprise");
        Industry industry = e.oneOf("industry", Industry.class);
        Boolean aboveSize = e.bool("aboveDesignatedSize");
        Boolean highTech = e.bool("highTech");
        Yuan investment =
                e.raw().containsKey("keyProjectInvestmentYuan") ? e.yuan("keyProjectInvestmentYuan") : Yuan.ZERO;
        if (birthDate != null && assessedOn != null && birthDate.isAfter(assessedOn)) {
            in.error("birthDate", "request.date.afterOther", "assessedOn");
        }
        in.check();
        IntakeDecision d = IntakeEligibility.decide(
                new Candidate(
                        degree,
                        birthDate,
                        assessedOn,
                        recognised,
                        outside,
                        work,
                        new EnterpriseFacts(industry.name(), aboveSize, highTech, investment)),
                standards.on(assessedOn, "assessedOn"));
        Messages messages = ProblemResponses.messages(headers);
        return new EligibilityView(
                d.eligible(),
                d.exceptionRequired(),
                new SubsidyView(
                        d.subsidy().total().toString(),
                        d.subsidy().city().toString(),
                        d.subsidy().district().toString()),
                d.decision().checks().stream()
                        .map(c -> CheckView.of(c, messages))
                        .toList());
    }

    @POST
    @Path("recovery")
    @Operation(summary = "离职追回补贴的默认方案：按未服务满的整月比例，按各级财政实付比例分摊（intake.6.1、intake.6.3）")
    public RecoveryView recovery(JsonObject body) {
        RequestFields in = new RequestFields(body);
        in.oneOf("degree", Degree.class);
        LocalDate signed = in.date("agreementSignedOn");
        LocalDate departed = in.date("departedOn");
        Yuan cityPaid = in.yuan("cityPaidYuan");
        Yuan districtPaid = in.yuan("districtPaidYuan");
        if (signed != null && departed != null && departed.isBefore(signed)) {
            in.error("departedOn", "request.date.beforeOther", "agreementSignedOn");
        }
        in.check();
        RecoveryProposal p = RecoveryProposal.of(
                signed, departed, standards.serviceMonths(signed, "agreementSignedOn"), cityPaid, districtPaid);
        return new RecoveryView(
                p.servedMonths(),
                p.unservedMonths(),
                p.total().toString(),
                p.city().toString(),
                p.district().toString());
    }

    /** The industries the API accepts, as the public contract names them. */
    public enum Industry {
        NEW_MATERIALS,
        MODERN_ENERGY,
        EQUIPMENT_MANUFACTURING,
        AGRI_LIVESTOCK_PROCESSING,
        OTHER
    }
}
