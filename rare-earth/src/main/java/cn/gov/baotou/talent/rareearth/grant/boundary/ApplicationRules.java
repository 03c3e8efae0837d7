package cn.gov.baotou.talent.rareearth.grant.boundary;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.ledger.entity.BeneficiaryKind;
import cn.gov.baotou.talent.core.ledger.entity.Grants;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.parameter.control.ParameterNotCovered;
import cn.gov.baotou.talent.core.parameter.control.ParameterValue;
import cn.gov.baotou.talent.core.parameter.control.Parameters;
import cn.gov.baotou.talent.core.parameter.entity.PolicyParameters;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.rareearth.grant.control.BookedPurpose;
import cn.gov.baotou.talent.rareearth.grant.control.DecisiveDay;
import cn.gov.baotou.talent.rareearth.grant.control.EnterpriseFacts;
import cn.gov.baotou.talent.rareearth.grant.control.SupportCase;
import cn.gov.baotou.talent.rareearth.grant.control.SupportRules;
import cn.gov.baotou.talent.rareearth.grant.entity.SupportApplication;
import cn.gov.baotou.talent.rareearth.rest.RareEarthMessages;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An application's decision, made afresh whenever it is shown or reviewed, on the parameters of the version valid on
 * its decisive day ({@link DecisiveDay}: the day of application, or of the fact it claims). A day no version covers
 * is refused when the application is submitted (core's {@link ParameterNotCovered}, naming the parameter and the
 * versions' periods); a record from before that rule shows the same refusal as a failed check.
 */
final class ApplicationRules {

    /** The ledger purpose of measure 5, booked per income year. */
    static final String MIGRANT_PURPOSE = "MIGRANT_ENGINEER_SUBSIDY";

    private final EntityManager em;
    private final PolicyParameters parameters;

    ApplicationRules(EntityManager em, PolicyParameters parameters) {
        this.em = em;
        this.parameters = parameters;
    }

    /** The decisive day's parameters, or the refusal naming the parameter no version covers on it. */
    Parameters parametersOf(SupportApplication a) {
        DecisiveDay d = day(a);
        Parameters p = parameters.at(d.day(), d.field());
        p.value(d.key());
        return p;
    }

    Decision decide(SupportApplication a) {
        DecisiveDay day = day(a);
        Parameters p;
        try {
            p = parametersOf(a);
        } catch (ParameterNotCovered e) {
            FieldError why = e.errors().get(0);
            return new Decision(
                    false,
                    Map.of(SupportRules.TOTAL, Yuan.ZERO),
                    List.of(new Check(
                            "policyVersion",
                            "rare-earth." + a.measureNo(),
                            false,
                            why.bundle(),
                            why.messageKey(),
                            why.arguments())));
        }
        Enterprise e = em.find(Enterprise.class, a.enterpriseId());
        SupportCase c = new SupportCase(
                a.measureNo(),
                a.beneficiaryKind(),
                a.facts(),
                EnterpriseFacts.of(e),
                a.submittedOn(),
                a.decidedYuan(),
                a.decisionReason(),
                grantedInOtherYears(a));
        Decision d = SupportRules.decide(c, p);
        ParameterValue v = p.value(day.key());
        List<Check> checks = new ArrayList<>();
        checks.add(Check.passed(
                "policyVersion",
                "rare-earth." + a.measureNo(),
                RareEarthMessages.BUNDLE,
                "check.version",
                v.version(),
                v.validFrom().toString(),
                v.validTo() == null ? "—" : v.validTo().toString(),
                day.day().toString(),
                RareEarthMessages.ref("decisive." + a.measureNo())));
        checks.addAll(d.checks());
        return new Decision(d.granted(), d.amounts(), checks);
    }

    /**
     * Measure 5 may be applied for year after year, each year's income its own basis: what the ledger holds for the
     * engineer under it in other income years, against which the cap runs (rare-earth.5, capScope PERSON_TOTAL).
     */
    private Yuan grantedInOtherYears(SupportApplication a) {
        if (a.measureNo() != 5 || a.beneficiaryKind() != BeneficiaryKind.PERSON || a.personId() == null) {
            return Yuan.ZERO;
        }
        String thisYear = MIGRANT_PURPOSE + "_" + BookedPurpose.yearOf(a.facts(), a.submittedOn());
        return new Grants(em).heldInOtherYears(BeneficiaryKind.PERSON, a.personId(), MIGRANT_PURPOSE, thisYear);
    }

    /** The first day of the version the decision rests on, as the ledger weighs versions (时间从新). */
    LocalDate versionFrom(SupportApplication a) {
        return parametersOf(a).value(day(a).key()).validFrom();
    }

    static DecisiveDay day(SupportApplication a) {
        return DecisiveDay.of(a.measureNo(), a.facts(), a.submittedOn());
    }
}
