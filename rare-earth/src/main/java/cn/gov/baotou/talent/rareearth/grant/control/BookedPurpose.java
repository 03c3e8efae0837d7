package cn.gov.baotou.talent.rareearth.grant.control;

import cn.gov.baotou.talent.core.ledger.entity.FundingPurpose;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The purpose code an application books in the ledger: the measure's purpose, and — where the purpose is given per
 * year or per case — the year (the reward or enrolment year) or the case (the patent or award number, else the
 * application), so that one beneficiary is funded once per year or per case and never twice.
 */
public final class BookedPurpose {

    private BookedPurpose() {}

    public static String of(FundingPurpose purpose, ApplicationFacts facts, long applicationId, LocalDate submittedOn) {
        return switch (purpose.qualifier()) {
            case NONE -> purpose.code();
            case YEAR -> purpose.code() + "_" + yearOf(facts, submittedOn);
            case CASE -> purpose.code() + "_" + caseOf(facts.referenceNo(), applicationId);
        };
    }

    /**
     * The year a per-year purpose is booked for: the reward or enrolment year ({@code periodStart}, measures 6 and 13);
     * for 候鸟式 engineers, who state no year, the income year — the one before the application (rare-earth.5 上年度), so
     * that each year's income is supported once and a second year's application is no duplicate.
     */
    public static int yearOf(ApplicationFacts facts, LocalDate submittedOn) {
        return facts.periodStart() != null ? facts.periodStart().getYear() : submittedOn.getYear() - 1;
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
