package cn.gov.baotou.talent.servicesplan.rules.boundary;

import cn.gov.baotou.talent.core.account.boundary.OpenToReaders;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.rest.RequestFields;
import cn.gov.baotou.talent.servicesplan.quota.control.EnterpriseScope;
import cn.gov.baotou.talent.servicesplan.quota.control.NominationQuota;
import cn.gov.baotou.talent.servicesplan.quota.control.QuotaDecision;
import cn.gov.baotou.talent.servicesplan.quota.control.ScopeDecision;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import cn.gov.baotou.talent.servicesplan.window.control.ApplicationWindows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's rules for anyone to try: the nomination quota and the application window. Public, stores nothing. */
@OpenToReaders
@Path("/v1/rules/services-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rules")
public class ServicesPlanRulesResource {

    static final String WINDOW_CLAUSE = "services-plan.5.1";

    @Inject
    ServicesPlanStandards standards;

    @Context
    HttpHeaders headers;

    public ServicesPlanRulesResource() {}

    /** For use outside the container (tests): the standards given, answers in Chinese. */
    public ServicesPlanRulesResource(ServicesPlanStandards standards) {
        this.standards = standards;
    }

    /** The answer of the quota rule. */
    public record QuotaView(int year, int quota, String basis, List<CheckView> checks) {}

    /**
     * The window that contains the date, or else the next one within the service period (services-plan.5.1, .7); none
     * ({@code windowStart}, {@code windowEnd} null, and written as null) once the period has no window left, as the
     * check says.
     */
    @JsonbNillable
    public record WindowView(String date, boolean open, String windowStart, String windowEnd, List<CheckView> checks) {}

    @POST
    @Path("quota")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "推荐名额：按上一年度营业收入或项目投资额的三档标准，两项均符合时按最高（services-plan.4）；"
                    + "可选 enterprise {industry, aboveDesignatedSize, industrial, highTech, keyProjectInvestmentYuan}："
                    + "营业收入仅计重点产业领域规上工业企业或高新技术企业，项目投资额仅计新建投资 10 亿元以上（含）重点项目，"
                    + "不在服务范围内时 quota 为 0（services-plan.3）；不提供时不核对服务范围，checks 说明")
    public QuotaView quota(JsonObject body) {
        RequestFields in = new RequestFields(body);
        // a year of the calendar the platform reads (1900–2100), never one a date cannot hold
        Integer year = in.integer("year", 2000, 2100);
        Map<Integer, Yuan> revenue = figures(in, "revenueYuan");
        Map<Integer, Yuan> investment = figures(in, "investmentYuan");
        EnterpriseScope scope = scope(in);
        in.check();
        Parameters p = standards.forYear(year);
        QuotaDecision d = NominationQuota.decide(
                year,
                scope == null
                        ? ScopeDecision.notChecked()
                        : scope.decide(p.money(ServicesPlanStandards.KEY_PROJECT_MIN)),
                revenue,
                ServicesPlanStandards.tiers(p, "revenue"),
                investment,
                ServicesPlanStandards.tiers(p, "investment"));
        Messages messages = ProblemResponses.messages(headers);
        return new QuotaView(
                d.year(),
                d.quota(),
                d.basis() == null ? null : d.basis().name(),
                d.checks().stream().map(c -> CheckView.of(c, messages)).toList());
    }

    @GET
    @Path("window")
    @Operation(
            summary = "申报窗口：每年 3 月和 9 月的 1—10 日（services-plan.5.1），含该日的窗口或服务期限内的下一个窗口；"
                    + "服务期限（services-plan.7）内已无窗口时 open=false、windowStart/windowEnd 为 null，checks 说明")
    public WindowView window(@QueryParam("date") String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    "date",
                    text == null || text.isBlank() ? "request.required" : "request.date",
                    text == null ? "" : text);
        }
        Messages m = ProblemResponses.messages(headers);
        Optional<Parameters> inForce = standards.servicePeriodOn(date);
        LocalDate lastEnd = standards.lastPeriodEnd();
        if (inForce.isEmpty()) {
            if (lastEnd == null || !date.isAfter(lastEnd)) {
                // before the first version: refused naming the date and the versions entered
                standards.on(date, "date").date(ServicesPlanStandards.PERIOD_END);
            }
            return ended(date, lastEnd, m);
        }
        LocalDate periodEnd = inForce.get().date(ServicesPlanStandards.PERIOD_END);
        if (date.isAfter(periodEnd)) {
            return ended(date, periodEnd, m);
        }
        ApplicationWindows.Window w =
                ServicesPlanStandards.windows(inForce.get()).containingOrNext(date);
        if (w.start().isAfter(periodEnd)) {
            return ended(date, periodEnd, m);
        }
        boolean open = w.contains(date);
        Check c = Check.passed(
                "window",
                WINDOW_CLAUSE,
                ServicesPlanText.BUNDLE,
                open ? "check.window.open" : "check.window.next",
                date.toString(),
                w.start().toString(),
                w.end().toString());
        return new WindowView(
                date.toString(), open, w.start().toString(), w.end().toString(), List.of(CheckView.of(c, m)));
    }

    /** After the service period's last window (services-plan.7): nothing is open and nothing comes. */
    private static WindowView ended(LocalDate date, LocalDate periodEnd, Messages m) {
        Check c = Check.failed(
                "servicePeriod",
                "services-plan.7",
                ServicesPlanText.BUNDLE,
                "check.window.periodEnded",
                date.toString(),
                String.valueOf(periodEnd));
        return new WindowView(date.toString(), false, null, null, List.of(CheckView.of(c, m)));
    }

    /**
     * The optional {@code enterprise}: intake's fields plus {@code industrial}, all required once the object is given
     * ({@code keyProjectInvestmentYuan} 0 when absent); null when not given, and then the scope is not checked.
     */
    private static EnterpriseScope scope(RequestFields in) {
        JsonValue v = in.raw().get("enterprise");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        RequestFields e = in.object("enterprise");
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            return null; // refused as the object it is not; its fields are not asked for
        }
        Industry industry = e.oneOf("industry", Industry.class);
        Boolean aboveSize = e.bool("aboveDesignatedSize");
        Boolean industrial = e.bool("industrial");
        Boolean highTech = e.bool("highTech");
        Yuan investment =
                e.raw().containsKey("keyProjectInvestmentYuan") ? e.yuan("keyProjectInvestmentYuan") : Yuan.ZERO;
        if (industry == null || aboveSize == null || industrial == null || highTech == null) {
            return null;
        }
        return new EnterpriseScope(
                industry.name(), industry != Industry.OTHER, aboveSize, industrial, highTech, investment);
    }

    /** The industries the API accepts, as intake's rules API names them; all but OTHER are key industries. */
    public enum Industry {
        NEW_MATERIALS,
        MODERN_ENERGY,
        EQUIPMENT_MANUFACTURING,
        AGRI_LIVESTOCK_PROCESSING,
        OTHER
    }

    /** {"2022":"...","2023":"..."}: yuan by year; missing or empty is no figures. */
    private static Map<Integer, Yuan> figures(RequestFields in, String name) {
        Map<Integer, Yuan> out = new HashMap<>();
        JsonValue v = in.raw().get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return out;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            in.error(name, "request.object");
            return out;
        }
        RequestFields years = in.object(name);
        for (String key : v.asJsonObject().keySet()) {
            if (!key.matches("\\d{4}")) {
                in.error(name + "." + key, "request.year", key);
                continue;
            }
            Yuan y = years.yuan(key);
            if (y != null) {
                out.put(Integer.parseInt(key), y);
            }
        }
        return out;
    }
}
