package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Clause;
import java.util.List;

/**
 * A clause as the API shows it, with the address of its place in the policy's full text and the city office's
 * interpretations of it (解释口径), oldest first.
 */
public record ClauseView(
        String id,
        String policyId,
        String parentId,
        String number,
        String heading,
        String text,
        String textEn,
        List<String> leadUnits,
        List<String> responsibleUnits,
        String page,
        List<InterpretationView> interpretations) {

    static ClauseView of(Clause c, List<InterpretationView> interpretations) {
        return new ClauseView(
                c.id(),
                c.policyId(),
                c.parentId(),
                c.number(),
                c.heading(),
                c.text(),
                c.textEn(),
                c.leadUnits(),
                c.responsibleUnits(),
                "/core/policy.xhtml?id=" + c.policyId() + "#" + c.id(),
                interpretations);
    }
}
