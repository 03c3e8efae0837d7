package cn.gov.baotou.talent.intake.eligibility.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.refusal.MessageRef;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the plan applies to a candidate (intake.3.1, intake.4), one check per condition, and the subsidy it carries
 * (intake.3.2.1). The age limit is "原则上": when it is the only failed check the candidate may still be brought in
 * with the city office's written exception, so the decision says so and keeps the subsidy.
 */
public final class IntakeEligibility {

    public static final String BUNDLE = "cn.gov.baotou.talent.intake.messages";
    public static final String AGE_RULE = "age";
    static final String OBJECT_CLAUSE = "intake.3.1";
    static final String SCOPE_CLAUSE = "intake.4";
    static final String SUBSIDY_CLAUSE = "intake.3.2.1";

    private IntakeEligibility() {}

    public static IntakeDecision decide(Candidate c, IntakeStandard standard) {
        List<Check> checks = new ArrayList<>();
        String degree = "degree." + c.degree().name();
        checks.add(Check.passed("degree", OBJECT_CLAUSE, BUNDLE, "check.degree.passed", ref(degree)));
        checks.add(Check.of(
                c.degreeRecognised(),
                "degreeRecognised",
                OBJECT_CLAUSE,
                BUNDLE,
                c.degreeRecognised() ? "check.degreeRecognised.passed" : "check.degreeRecognised.failed"));
        checks.add(Check.of(
                c.fromOutsideCity(),
                "fromOutsideCity",
                OBJECT_CLAUSE,
                BUNDLE,
                c.fromOutsideCity() ? "check.fromOutsideCity.passed" : "check.fromOutsideCity.failed"));
        int age = fullYears(c);
        int max = standard.maxAge(c.degree());
        boolean young = age <= max;
        checks.add(Check.of(
                young,
                AGE_RULE,
                OBJECT_CLAUSE,
                BUNDLE,
                young ? "check.age.passed" : "check.age.failed",
                ref(degree),
                c.assessedOn().toString(),
                age,
                max));
        boolean work = c.workType().named();
        checks.add(Check.of(
                work,
                "workType",
                OBJECT_CLAUSE,
                BUNDLE,
                work ? "check.workType.passed" : "check.workType.failed",
                ref("work." + c.workType().name())));
        checks.add(industry(c.enterprise(), standard));
        checks.add(scope(c.enterprise(), standard));

        List<Check> failed = checks.stream().filter(x -> !x.passed()).toList();
        boolean eligible = failed.isEmpty();
        boolean exceptionRequired = failed.size() == 1 && failed.get(0).rule().equals(AGE_RULE);
        SubsidySplit subsidy = eligible || exceptionRequired
                ? SubsidySplit.of(standard.subsidy(c.degree()), standard.cityShare())
                : SubsidySplit.NONE;
        checks.add(Check.of(
                eligible || exceptionRequired,
                "subsidy",
                SUBSIDY_CLAUSE,
                BUNDLE,
                eligible || exceptionRequired ? "check.subsidy.amount" : "check.subsidy.none",
                ref(degree),
                subsidy.total().toString(),
                subsidy.city().toString(),
                subsidy.district().toString()));
        Decision decision = new Decision(
                eligible,
                Map.of("total", subsidy.total(), "city", subsidy.city(), "district", subsidy.district()),
                checks);
        return new IntakeDecision(decision, exceptionRequired, subsidy, age);
    }

    /**
     * Whether an enterprise is in the plan's scope (intake.4) on its own, without a candidate: its industry, and 规上,
     * 高企 or a key project; the same two checks {@link #decide} makes. Job demands (intake.5.1) need both passed.
     */
    public static List<Check> enterpriseChecks(EnterpriseFacts e, IntakeStandard standard) {
        return List.of(industry(e, standard), scope(e, standard));
    }

    /** 周岁: full years from the birth date; the birthday itself completes the year. */
    static int fullYears(Candidate c) {
        return Period.between(c.birthDate(), c.assessedOn()).getYears();
    }

    private static Check industry(EnterpriseFacts e, IntakeStandard standard) {
        boolean key = standard.keyIndustries().contains(e.industryCode());
        return Check.of(
                key,
                "enterpriseIndustry",
                SCOPE_CLAUSE,
                BUNDLE,
                key ? "check.industry.passed" : "check.industry.failed",
                ref("industry." + e.industryCode()));
    }

    private static Check scope(EnterpriseFacts e, IntakeStandard standard) {
        boolean bigProject = e.keyProjectInvestment().compareTo(standard.keyProjectMinInvestment()) >= 0;
        if (e.aboveDesignatedSize()) {
            return Check.passed("enterpriseScope", SCOPE_CLAUSE, BUNDLE, "check.scope.aboveDesignatedSize");
        }
        if (e.highTech()) {
            return Check.passed("enterpriseScope", SCOPE_CLAUSE, BUNDLE, "check.scope.highTech");
        }
        if (bigProject) {
            return Check.passed(
                    "enterpriseScope",
                    SCOPE_CLAUSE,
                    BUNDLE,
                    "check.scope.keyProject",
                    e.keyProjectInvestment().toString(),
                    standard.keyProjectMinInvestment().toString());
        }
        return Check.failed(
                "enterpriseScope",
                SCOPE_CLAUSE,
                BUNDLE,
                "check.scope.failed",
                e.keyProjectInvestment().toString(),
                standard.keyProjectMinInvestment().toString());
    }

    /** A message argument that is itself a key of the bundle (a degree, a kind of work, an industry). */
    private static MessageRef ref(String key) {
        return new MessageRef(BUNDLE, key);
    }
}
