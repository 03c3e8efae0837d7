package cn.gov.baotou.talent.rareearth.rules.boundary;

import cn.gov.baotou.talent.core.account.boundary.OpenToReaders;
import cn.gov.baotou.talent.core.decision.boundary.CheckView;
import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.refusal.ProblemResponses;
import cn.gov.baotou.talent.core.rest.RequestFields;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import cn.gov.baotou.talent.rareearth.support.control.CappedShare;
import cn.gov.baotou.talent.rareearth.support.control.ContributionReward;
import cn.gov.baotou.talent.rareearth.support.control.GraduateTraining;
import cn.gov.baotou.talent.rareearth.support.control.MigrantEngineer;
import cn.gov.baotou.talent.rareearth.support.control.Support;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The paying measures' rules for anyone to try. Public, stores nothing. An optional {@code assessedOn} picks the
 * policy version; without it the newest version that has begun applies, and a check says which and on what day.
 * Measure 13 decides on the first day of the reward year ({@code periodStart}), as its applications do (rare-earth.13,
 * {@code DecisiveDay}): the contribution is that year's tax.
 */
@OpenToReaders
@Path("/v1/rules/rare-earth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "rules")
public class RareEarthRulesResource {

    @Inject
    RareEarthStandards standards;

    @Context
    HttpHeaders headers;

    public RareEarthRulesResource() {}

    /** For use outside the container (tests): the standards and the request's headers given. */
    public RareEarthRulesResource(RareEarthStandards standards, HttpHeaders headers) {
        this.standards = standards;
        this.headers = headers;
    }

    public record SubsidyView(String subsidyYuan, List<CheckView> checks) {}

    public record SupportView(String supportYuan, List<CheckView> checks) {}

    public record RewardView(String rewardYuan, int yearOfReward, List<CheckView> checks) {}

    @POST
    @Path("migrant-engineer")
    @Operation(
            summary = "候鸟式工程师补助：上年度在包纳税劳动报酬的 30%，同一人最高 10 万元（rare-earth.5）；可选 previouslyGrantedYuan"
                    + "（此前年度已获补助，默认 0）：按参数 rareEarth.migrantEngineer.capScope，PERSON_TOTAL 时本年度至多给予 10 万元的剩余部分")
    public SubsidyView migrantEngineer(JsonObject body) {
        RequestFields in = new RequestFields(body);
        Yuan income = in.yuan("lastYearTaxableLabourIncomeYuan");
        Yuan before = in.raw().containsKey("previouslyGrantedYuan") && !in.raw().isNull("previouslyGrantedYuan")
                ? in.yuan("previouslyGrantedYuan")
                : Yuan.ZERO;
        Versioned v = version(in, "rareEarth.migrantEngineer.capYuan");
        Parameters p = v.parameters();
        Support s = MigrantEngineer.decide(
                income,
                p.decimal("rareEarth.migrantEngineer.ratio"),
                p.money("rareEarth.migrantEngineer.capYuan"),
                MigrantEngineer.CapScope.of(p.text(MigrantEngineer.CAP_SCOPE)),
                before);
        return new SubsidyView(s.amount().toString(), views(v, "rareEarth.migrantEngineer.capYuan", s.checks()));
    }

    @POST
    @Path("innovation-event")
    @Operation(summary = "创新创业活动：实际支出的 50%，每次最高 50 万元（rare-earth.12）")
    public SupportView innovationEvent(JsonObject body) {
        RequestFields in = new RequestFields(body);
        Yuan spending = in.yuan("actualSpendingYuan");
        Versioned v = version(in, "rareEarth.events.capYuan");
        Parameters p = v.parameters();
        Support s = CappedShare.of(
                "innovationEvent",
                "rare-earth.12",
                spending,
                p.decimal("rareEarth.events.ratio"),
                p.money("rareEarth.events.capYuan"));
        return new SupportView(s.amount().toString(), views(v, "rareEarth.events.capYuan", s.checks()));
    }

    @POST
    @Path("graduate-training")
    @Operation(summary = "研究生培养点：按招收培养的研究生数量，最高 50 万元（rare-earth.6）")
    public SupportView graduateTraining(JsonObject body) {
        RequestFields in = new RequestFields(body);
        Integer graduates = in.integer("graduatesEnrolled", 0);
        Yuan perGraduate = in.yuan("yuanPerGraduate");
        Versioned v = version(in, "rareEarth.graduateTraining.capYuan");
        Parameters p = v.parameters();
        Support s = GraduateTraining.decide(graduates, perGraduate, p.money("rareEarth.graduateTraining.capYuan"));
        return new SupportView(s.amount().toString(), views(v, "rareEarth.graduateTraining.capYuan", s.checks()));
    }

    @POST
    @Path("contribution-reward")
    @Operation(summary = "地方贡献奖励：自聘用之日起连续 3 年，按地方贡献 100% 奖励个人，每人每年不超过 50 万元（rare-earth.13）")
    public RewardView contributionReward(JsonObject body) {
        RequestFields in = new RequestFields(body);
        LocalDate hiredOn = in.date("hiredOn");
        LocalDate periodStart = in.date("periodStart");
        Yuan contribution = in.yuan("localContributionYuan");
        if (hiredOn != null && periodStart != null && periodStart.isBefore(hiredOn)) {
            in.error("periodStart", "request.date.beforeOther", "hiredOn");
        }
        in.check();
        // decided on the first day of the reward year, as an application of measure 13 is (DecisiveDay): a year no
        // version covers is refused naming periodStart, never reckoned with another year's version
        Parameters p = standards.on(periodStart, "periodStart");
        ContributionReward.Reward r = ContributionReward.decide(
                hiredOn,
                periodStart,
                contribution,
                p.decimal("rareEarth.contribution.ratio"),
                p.money("rareEarth.contribution.capYuanPerYear"),
                p.integer("rareEarth.contribution.years"));
        Messages m = ProblemResponses.messages(headers);
        List<CheckView> checks = new ArrayList<>();
        checks.add(CheckView.of(
                version(p, "rareEarth.contribution.capYuanPerYear", RareEarthMessages.ref("decisive.13")), m));
        r.checks().forEach(c -> checks.add(CheckView.of(c, m)));
        return new RewardView(r.amount().toString(), r.yearOfReward(), checks);
    }

    /** The parameters of a day, and what that day is to the caller (the one given, today, or a version's last). */
    private record Versioned(Parameters parameters, MessageRef day) {}

    /** The parameters of the version asked for, or of the newest one; every bad field refused at once. */
    private Versioned version(RequestFields in, String key) {
        LocalDate asked = in.raw().containsKey("assessedOn") ? in.date("assessedOn") : null;
        in.check();
        if (asked != null) {
            return new Versioned(standards.on(asked, "assessedOn"), RareEarthMessages.ref("calculator.day.assessedOn"));
        }
        LocalDate day = standards.newestDay(key);
        String what = day.equals(standards.today()) ? "calculator.day.today" : "calculator.day.versionEnd";
        return new Versioned(standards.on(day, "assessedOn"), RareEarthMessages.ref(what));
    }

    private List<CheckView> views(Versioned version, String key, List<Check> checks) {
        Messages m = ProblemResponses.messages(headers);
        List<CheckView> out = new ArrayList<>();
        out.add(CheckView.of(version(version.parameters(), key, version.day()), m));
        checks.forEach(c -> out.add(CheckView.of(c, m)));
        return out;
    }

    /**
     * Which version decided, and on what day: "按测算日期（2024-06-01）有效的 2022 版政策参数计算（该版本有效期 2022-04-05 至
     * 2025-12-31）" — every placeholder of {@code check.version} filled, {@code day} naming the day.
     */
    private static Check version(Parameters p, String key, MessageRef day) {
        ParameterValue v = p.value(key);
        return Check.passed(
                "policyVersion",
                v.clauseId(),
                CappedShare.BUNDLE,
                "check.version",
                v.version(),
                v.validFrom().toString(),
                v.validTo() == null ? "—" : v.validTo().toString(),
                p.date().toString(),
                day);
    }
}
