package cn.gov.baotou.talent.core.ledger.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an amount is shared between city and district finance, exact to the fen: the shares always add up to it. */
public final class FundingSplit {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private FundingSplit() {}

    /** 市级财政、属地财政 1:1 (intake.3.2.1): two halves, and an odd fen, if any, to the city. */
    public static Shares halves(Yuan total) {
        Yuan district = new Yuan(total.amount().divide(TWO, 2, RoundingMode.DOWN));
        return new Shares(total.minus(district), district);
    }

    /**
     * A recovery split back to each finance in proportion to what it paid, half-up to the fen. The proportion is taken
     * of everything recovered so far, so successive recoveries add up to exactly what was paid and never take from a
     * finance more than it paid. Refuses an amount that is not positive or exceeds what is left to recover.
     */
    public static Shares recovery(Yuan amount, Shares paid, Shares recoveredBefore) {
        Yuan after = recoveredBefore.total().plus(amount);
        if (!amount.isPositive() || after.compareTo(paid.total()) > 0) {
            throw new IllegalArgumentException(
                    "cannot recover " + amount + " of " + paid + " after " + recoveredBefore);
        }
        Yuan cityAfter = new Yuan(after.amount()
                .multiply(paid.city().amount())
                .divide(paid.total().amount(), 2, RoundingMode.HALF_UP));
        Yuan cityLeft = paid.city().minus(recoveredBefore.city());
        Yuan districtLeft = paid.district().minus(recoveredBefore.district());
        Yuan city = cityAfter
                .minus(recoveredBefore.city())
                .min(cityLeft)
                .min(amount)
                .max(amount.minus(districtLeft))
                .max(Yuan.ZERO);
        return new Shares(city, amount.minus(city));
    }
}
