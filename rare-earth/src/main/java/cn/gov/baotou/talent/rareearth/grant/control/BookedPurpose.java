package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import java.util.Locale;

/**
 * The purpose code an application books in the ledger: the measure's purpose, and — where the purpose is given per
 * year or per case — the year (the reward or enrolment year) or the case (the patent or award number, else the
 * application), so that one beneficiary is funded once per year or per case and never twice.
 */
public final class BookedPurpose {

    private BookedPurpose() {}

    public static String of(FundingPurpose purpose, ApplicationFacts facts, long applicationId) {
        return switch (purpose.qualifier()) {
            case NONE -> purpose.code();
            case YEAR -> purpose.code() + "_" + facts.periodStart().getYear();
            case CASE -> purpose.code() + "_" + caseOf(facts.referenceNo(), applicationId);
        };
    }

    /** A reference as the ledger takes it: upper-case letters, digits and '-', at most 40; else the application. */
    static String caseOf(String reference, long applicationId) {
        String cleaned = reference == null
                ? ""
                : reference
                        .strip()
                        .toUpperCase(Locale.ROOT)
                        .replaceAll("[^A-Z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (cleaned.isEmpty() || cleaned.length() > 40) {
            return "RE" + applicationId;
        }
        return cleaned;
    }
}
