package cn.gov.baotou.talent.core.registry.entity;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters whose last is a check character over the first 17, and whose
 * organisation code (characters 9–17) carries its own GB 11714 check character.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses and checks a credit code; lower case letters are accepted and upper-cased. */
    public static CreditCode of(String text) {
        String v = text == null ? "" : text.strip().toUpperCase();
        Problem problem = check(v);
        if (problem != null) {
            throw new InvalidRegistryValue("creditCode", problem.messageKey, v);
        }
        return new CreditCode(v);
    }

    public static boolean isValid(String text) {
        return text != null && check(text.strip().toUpperCase()) == null;
    }

    private enum Problem {
        LENGTH("registry.creditCode.length"),
        CHARACTER("registry.creditCode.character"),
        ORGANISATION_CHECK("registry.creditCode.organisationCheck"),
        CHECK("registry.creditCode.check");

        final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static Problem check(String v) {
        if (v.length() != 18) {
            return Problem.LENGTH;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int code = ALPHABET.indexOf(v.charAt(i));
            if (code < 0) {
                return Problem.CHARACTER;
            }
            sum += code * WEIGHTS[i];
        }
        if (ALPHABET.indexOf(v.charAt(17)) < 0) {
            return Problem.CHARACTER;
        }
        if (!organisationCheckHolds(v.substring(8, 17))) {
            return Problem.ORGANISATION_CHECK;
        }
        int expected = (31 - sum % 31) % 31;
        return ALPHABET.charAt(expected) == v.charAt(17) ? null : Problem.CHECK;
    }

    /** GB 11714: the ninth character of the organisation code checks the eight before it. */
    private static boolean organisationCheckHolds(String org) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = org.charAt(i);
            int n = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += n * ORG_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        char expected = c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
        return org.charAt(8) == expected;
    }

    /** The 6-digit administrative division code of the registering authority's area. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
