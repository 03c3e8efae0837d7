package cn.gov.baotou.talent.core.money.entity;

import cn.gov.baotou.talent.core.refusal.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in yuan, exact to the fen: always scale 2, rounded half-up where arithmetic needs rounding. */
public record Yuan(BigDecimal amount) implements Comparable<Yuan> {

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    public Yuan {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Yuan of(String text) {
        return new Yuan(new BigDecimal(text));
    }

    public static Yuan of(long yuan) {
        return new Yuan(BigDecimal.valueOf(yuan));
    }

    /** 万元 as the policy text writes them: 20 万元 = 200000.00. */
    public static Yuan wan(long wan) {
        return new Yuan(BigDecimal.valueOf(wan).multiply(TEN_THOUSAND));
    }

    /**
     * Parses what a caller typed for {@code field}: a plain decimal of at most two places, not negative. Anything
     * else is refused naming the field.
     */
    public static Yuan parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "money.required", "");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "money.malformed", text);
        }
        if (v.signum() < 0) {
            throw new InvalidInput(field, "money.negative", text);
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "money.tooPrecise", text);
        }
        return new Yuan(v);
    }

    public Yuan plus(Yuan other) {
        return new Yuan(amount.add(other.amount));
    }

    public Yuan minus(Yuan other) {
        return new Yuan(amount.subtract(other.amount));
    }

    /** This amount times a rate (0.30 for 30%), rounded half-up to the fen. */
    public Yuan times(BigDecimal rate) {
        return new Yuan(amount.multiply(rate));
    }

    public Yuan min(Yuan other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Yuan max(Yuan other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Yuan other) {
        return amount.compareTo(other.amount);
    }

    /** {@code "200000.00"}: how the API writes amounts. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
