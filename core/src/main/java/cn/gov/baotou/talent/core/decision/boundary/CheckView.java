package cn.gov.baotou.talent.core.decision.boundary;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.refusal.Messages;

/** A check as the API shows it: {@code {"rule","clauseId","passed","message"}} in the caller's language. */
public record CheckView(String rule, String clauseId, boolean passed, String message) {

    public static CheckView of(Check c, Messages messages) {
        return new CheckView(
                c.rule(),
                c.clauseId(),
                c.passed(),
                messages.get(c.bundle(), c.messageKey(), c.arguments().toArray()));
    }
}
