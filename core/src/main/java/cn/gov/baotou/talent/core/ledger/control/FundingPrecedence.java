package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 时间从新、标准从高、资金支持不重复 (rare-earth.closing), the one place it is applied: where two policies or two versions
 * of one policy offer the same support, the newer version of the same policy wins, else the higher amount; a tie
 * keeps what is held; and a beneficiary is never funded twice for one purpose.
 */
public final class FundingPrecedence {

    public static final String CLAUSE = "rare-earth.closing";
    public static final String NEWER = "ledger.newerVersion";
    public static final String HIGHER = "ledger.higherStandard";
    public static final String ONCE = "ledger.fundedOnce";
    /** The amount the decision books, in {@link Decision#amounts()}. */
    public static final String TOTAL = "total";

    private FundingPrecedence() {}

    /**
     * A new offer against the grant the beneficiary holds for the purpose, if any. Granted means book it: as a new
     * grant when none is held, else as the held grant's new terms, which only a grant with nothing paid takes. Refused
     * means the held grant stays, and the last check names it.
     */
    public static Decision decide(HeldGrant held, FundingOffer offer) {
        if (held == null) {
            return Decision.of(
                    List.of(Check.passed(ONCE, CLAUSE, Messages.CORE, "ledger.precedence.first")),
                    Map.of(TOTAL, offer.amount()));
        }
        List<Check> checks = new ArrayList<>();
        boolean wins = beats(offer, held.offer(), checks);
        Object[] named = {
            String.valueOf(held.id()),
            held.offer().policyId(),
            held.offer().clauseId(),
            held.offer().amount().toString(),
            held.basisDate().toString()
        };
        String key = !wins
                ? "ledger.precedence.existing"
                : held.anythingPaid() ? "ledger.precedence.alreadyPaid" : "ledger.precedence.amends";
        boolean replaces = wins && !held.anythingPaid();
        checks.add(Check.of(replaces, ONCE, CLAUSE, Messages.CORE, key, named));
        return Decision.of(
                checks, Map.of(TOTAL, replaces ? offer.amount() : held.offer().amount()));
    }

    /** Whether {@code challenger} displaces {@code incumbent}, with the check that says why (or why not). */
    private static boolean beats(FundingOffer challenger, FundingOffer incumbent, List<Check> checks) {
        if (challenger.sameLine(incumbent) && !challenger.versionFrom().equals(incumbent.versionFrom())) {
            boolean newer = challenger.versionFrom().isAfter(incumbent.versionFrom());
            checks.add(Check.of(
                    newer,
                    NEWER,
                    CLAUSE,
                    Messages.CORE,
                    newer ? "ledger.precedence.newer" : "ledger.precedence.older",
                    challenger.versionFrom().toString(),
                    incumbent.versionFrom().toString()));
            return newer;
        }
        boolean higher = challenger.amount().compareTo(incumbent.amount()) > 0;
        checks.add(Check.of(
                higher,
                HIGHER,
                CLAUSE,
                Messages.CORE,
                higher ? "ledger.precedence.higher" : "ledger.precedence.notHigher",
                challenger.amount().toString(),
                incumbent.amount().toString()));
        return higher;
    }

    /** The winner among several offers of one support: {@link OfferRanking} says which and why. */
    public static OfferRanking choose(List<FundingOffer> offers) {
        return OfferRanking.of(offers);
    }
}
