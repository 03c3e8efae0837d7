package cn.gov.baotou.talent.core.parameter.entity;

import cn.gov.baotou.talent.core.rest.DayText;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * How a parameter's value is written and read: each type turns the text of a file into its one canonical form, or
 * refuses it, so that what is stored is always readable by the rules.
 */
public enum ParameterType {
    /** Yuan, not negative, at most two decimals; stored with exactly two ({@code 200000.00}). */
    MONEY,
    /** A whole number, not negative: ages, counts, years, working days. */
    INTEGER,
    /** A plain decimal such as a ratio ({@code 0.30} for 30%), not negative. */
    DECIMAL,
    /** A calendar date, {@code YYYY-MM-DD}. */
    DATE,
    /** A day recurring every year, {@code MM-DD} ({@code 03-01} for 1 March). */
    MONTH_DAY,
    /** Free text of at most {@link #MAX_TEXT} characters. */
    TEXT;

    public static final int MAX_TEXT = 200;

    /** The value in canonical form; {@link IllegalArgumentException} when the text is not a value of this type. */
    public String canonical(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        try {
            return switch (this) {
                case MONEY -> money(t);
                case INTEGER -> integer(t);
                case DECIMAL -> decimal(t);
                case DATE -> DayText.parse(t).toString();
                case MONTH_DAY -> MonthDay.parse("--" + t).toString().substring(2);
                case TEXT -> text(t);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(t, e);
        }
    }

    private static String money(String t) {
        BigDecimal v = decimalOrThrow(t);
        if (v.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + t);
        }
        return v.setScale(2).toPlainString();
    }

    private static String integer(String t) {
        if (!t.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("not a whole number: " + t);
        }
        return String.valueOf(Integer.parseInt(t));
    }

    private static String decimal(String t) {
        return decimalOrThrow(t).toPlainString();
    }

    private static BigDecimal decimalOrThrow(String t) {
        // digits with an optional fraction only: no sign, no exponent, no thousands separator
        if (!t.matches("\\d{1,18}(\\.\\d{1,10})?")) {
            throw new IllegalArgumentException("not a plain decimal: " + t);
        }
        return new BigDecimal(t);
    }

    private static String text(String t) {
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("longer than " + MAX_TEXT);
        }
        return t;
    }
}
