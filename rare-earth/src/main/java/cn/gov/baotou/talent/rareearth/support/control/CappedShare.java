package cn.gov.baotou.talent.rareearth.support.control;

import cn.gov.baotou.talent.core.decision.control.Check;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.util.List;

/**
 * The measures that pay a share of an amount up to a cap: 候鸟式 engineers 30% of last year's taxable labour income in
 * Baotou, at most 10 万元 (rare-earth.5); innovation events 50% of actual spending, at most 50 万元 (rare-earth.12);
 * the contribution reward 100% of the local contribution, at most 50 万元 a year (rare-earth.13).
 */
public final class CappedShare {

    public static final String BUNDLE = "cn.gov.baotou.talent.rareearth.messages";

    private CappedShare() {}

    /** The share of {@code base} at {@code rate}, half-up to the fen, and no more than {@code cap}. */
    public static Support of(String rule, String clauseId, Yuan base, BigDecimal rate, Yuan cap) {
        Yuan share = base.times(rate);
        boolean capped = share.compareTo(cap) > 0;
        Yuan paid = capped ? cap : share;
        Check check = Check.passed(
                rule,
                clauseId,
                BUNDLE,
                capped ? "check.share.capped" : "check.share.within",
                base.toString(),
                percent(rate),
                share.toString(),
                cap.toString(),
                paid.toString());
        return new Support(paid, List.of(check));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
