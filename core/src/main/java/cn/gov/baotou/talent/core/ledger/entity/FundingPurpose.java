package cn.gov.baotou.talent.core.ledger.entity;

import java.util.regex.Pattern;

/**
 * A purpose funds are granted for, defined by a clause. A purpose given once per beneficiary has a plain code
 * ({@code TALENT_INTRO_SUBSIDY}); one given per year or per case is booked under its code with the year or the case's
 * reference appended ({@code CONTRIBUTION_REWARD_2024}, {@code PATENT_REWARD_ZL2023-1}), so each stays unique.
 */
public record FundingPurpose(
        String code, String name, String nameEn, String policyId, String clauseId, Qualifier qualifier) {

    public static final int MAX_CODE = 60;

    /** What, if anything, follows the code in a booked purpose. */
    public enum Qualifier {
        NONE(null),
        YEAR(Pattern.compile("\\d{4}")),
        CASE(Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}"));

        private final Pattern pattern;

        Qualifier(Pattern pattern) {
            this.pattern = pattern;
        }
    }

    /** Whether a booked purpose code is this purpose. */
    public boolean matches(String booked) {
        if (booked == null || booked.length() > MAX_CODE) {
            return false;
        }
        if (qualifier == Qualifier.NONE) {
            return booked.equals(code);
        }
        return booked.startsWith(code + "_")
                && qualifier
                        .pattern
                        .matcher(booked.substring(code.length() + 1))
                        .matches();
    }

    /** The purpose's name for a booked code, with its year or case: 地方贡献奖励（2024）. */
    public String label(String booked, boolean english) {
        String base = english ? nameEn : name;
        if (qualifier == Qualifier.NONE || !matches(booked)) {
            return base;
        }
        String q = booked.substring(code.length() + 1);
        return english ? base + " (" + q + ")" : base + "（" + q + "）";
    }
}
