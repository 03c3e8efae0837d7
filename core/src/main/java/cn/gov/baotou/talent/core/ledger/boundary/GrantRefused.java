package cn.gov.baotou.talent.core.ledger.boundary;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.refusal.Conflict;

/**
 * A grant refused because the beneficiary already holds one for the purpose (资金支持不重复): a 409 whose message names
 * the held grant, with the whole decision for pages that show every reason.
 */
public class GrantRefused extends Conflict {

    private final transient Decision decision;
    private final long heldGrantId;

    public GrantRefused(Decision decision, long heldGrantId) {
        this(last(decision), decision, heldGrantId);
    }

    private GrantRefused(Check naming, Decision decision, long heldGrantId) {
        super(naming.messageKey(), naming.arguments().toArray());
        this.decision = decision;
        this.heldGrantId = heldGrantId;
    }

    /** The check that names the held grant: precedence puts it last. */
    private static Check last(Decision decision) {
        return decision.failed().get(decision.failed().size() - 1);
    }

    public Decision decision() {
        return decision;
    }

    public long heldGrantId() {
        return heldGrantId;
    }
}
