package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.decision.control.Decision;
import cn.gov.baotou.talent.core.refusal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several offers of one support ranked by 时间从新 then 标准从高: first each policy's newest version alone stays, then
 * the highest amount among those wins (the first offered on a tie). The decision books the winner's amount; it has a
 * passed check for the winner and a failed one, with its reason, for every other offer.
 */
public record OfferRanking(FundingOffer winner, Decision decision) {

    static OfferRanking of(List<FundingOffer> offers) {
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("no offer to choose from");
        }
        List<Check> checks = new ArrayList<>();
        List<FundingOffer> newest = new ArrayList<>();
        for (FundingOffer o : offers) {
            FundingOffer newer = offers.stream()
                    .filter(other -> other.sameLine(o) && other.versionFrom().isAfter(o.versionFrom()))
                    .findFirst()
                    .orElse(null);
            if (newer == null) {
                newest.add(o);
            } else {
                checks.add(Check.failed(
                        FundingPrecedence.NEWER,
                        FundingPrecedence.CLAUSE,
                        Messages.CORE,
                        "ledger.precedence.superseded",
                        o.policyId(),
                        o.clauseId(),
                        o.versionFrom().toString(),
                        newer.versionFrom().toString()));
            }
        }
        FundingOffer winner = newest.get(0);
        for (FundingOffer o : newest) {
            if (o.amount().compareTo(winner.amount()) > 0) {
                winner = o;
            }
        }
        for (FundingOffer o : newest) {
            if (o != winner) {
                checks.add(Check.failed(
                        FundingPrecedence.HIGHER,
                        FundingPrecedence.CLAUSE,
                        Messages.CORE,
                        "ledger.precedence.lower",
                        o.policyId(),
                        o.clauseId(),
                        o.amount().toString(),
                        winner.amount().toString()));
            }
        }
        checks.add(0, winning(winner));
        return new OfferRanking(winner, new Decision(true, Map.of(FundingPrecedence.TOTAL, winner.amount()), checks));
    }

    private static Check winning(FundingOffer w) {
        return Check.passed(
                FundingPrecedence.ONCE,
                FundingPrecedence.CLAUSE,
                Messages.CORE,
                "ledger.precedence.winner",
                w.policyId(),
                w.clauseId(),
                w.versionFrom().toString(),
                w.amount().toString());
    }
}
