package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.grant.control.EnterpriseFacts;
import cn.gov.baotou.talent.rareearth.grant.control.SupportCase;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An application's decision, made afresh whenever it is shown or reviewed: the rule of its measure on the parameters
 * of the version in force on the day it was submitted (the contribution reward: on the day of hiring, which governs
 * all its years), or — once a version has ended — of the newest version on its last day (时间从新), said by a check.
 */
final class ApplicationRules {

    private static final String ANY_KEY = "rareEarth.teams.target";

    private final EntityManager em;
    private final PolicyParameters parameters;

    ApplicationRules(EntityManager em, PolicyParameters parameters) {
        this.em = em;
        this.parameters = parameters;
    }

    Parameters parametersOf(SupportApplication a) {
        LocalDate day =
                a.measureNo() == 13 && a.facts().hiredOn() != null ? a.facts().hiredOn() : a.submittedOn();
        String field = a.measureNo() == 13 ? "hiredOn" : "submittedOn";
        return parameters.at(parameters.newestDay(ANY_KEY, day), field);
    }

    Decision decide(SupportApplication a) {
        Parameters p = parametersOf(a);
        Enterprise e = em.find(Enterprise.class, a.enterpriseId());
        SupportCase c = new SupportCase(
                a.measureNo(),
                a.beneficiaryKind(),
                a.facts(),
                EnterpriseFacts.of(e),
                a.submittedOn(),
                a.decidedYuan(),
                a.decisionReason());
        Decision d = SupportRules.decide(c, p);
        ParameterValue v = p.value(ANY_KEY);
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(
                "policyVersion",
                "rare-earth." + a.measureNo(),
                RareEarthMessages.BUNDLE,
                "check.version",
                v.version(),
                v.validFrom().toString(),
                v.validTo() == null ? "—" : v.validTo().toString(),
                p.date().toString()));
        checks.addAll(d.checks());
        return new Decision(d.granted(), d.amounts(), checks);
    }

    /** The first day of the version the decision rests on, as the ledger weighs versions. */
    LocalDate versionFrom(SupportApplication a) {
        return parametersOf(a).value(ANY_KEY).validFrom();
    }
}
