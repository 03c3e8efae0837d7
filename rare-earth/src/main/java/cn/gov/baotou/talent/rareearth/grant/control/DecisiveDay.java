package cn.gov.baotou.talent.rareearth.grant.control;

import java.time.LocalDate;
import java.util.Map;

/**
 * The day whose parameter version decides an application, and the parameter that must be in force on it (the one the
 * measure's standard rests on). The policy was in force until 2025-12-31 and new versions are data: a day no version
 * covers is refused, naming that parameter and the end of its versions, never decided with a newer or older one.
 *
 * <p>Per measure, the day is that of the fact the application claims where the text ties the support to a fact
 * (the hire of measure 2, the enrolment year of 6, the award of 10, the event of 12, the reward year of 13 — its
 * contribution is that year's tax); otherwise the day of application (1, 3, 5, 8, 11: support the text grants on an
 * application, measure 5 on last year's income as assessed when applying).
 *
 * @param field the application's field the day comes from, to name in a refusal
 */
public record DecisiveDay(LocalDate day, String field, String key) {

    public static final String SUBMITTED_ON = "submittedOn";
    public static final String HIRED_ON = "hiredOn";
    public static final String PERIOD_START = "periodStart";

    /** The parameter each measure's standard rests on (measure 2: per degree, see {@link #of}). */
    private static final Map<Integer, String> KEYS = Map.of(
            1, "rareEarth.teams.target",
            3, "rareEarth.cultivation.maxYuan",
            5, "rareEarth.migrantEngineer.capYuan",
            6, "rareEarth.graduateTraining.capYuan",
            8, "rareEarth.cooperation.funding",
            10, "rareEarth.award.matchingRatio",
            11, "rareEarth.patent.capYuan",
            12, "rareEarth.events.capYuan",
            13, "rareEarth.contribution.capYuanPerYear");

    public static DecisiveDay of(int measureNo, ApplicationFacts facts, LocalDate submittedOn) {
        String field = fieldOf(measureNo);
        LocalDate day =
                switch (field) {
                    case HIRED_ON -> facts.hiredOn();
                    case PERIOD_START -> facts.periodStart();
                    default -> submittedOn;
                };
        String key = measureNo == 2
                ? "MASTER".equals(facts.category())
                        ? "rareEarth.intake.masterSubsidyYuan"
                        : "rareEarth.intake.doctorSubsidyYuan"
                : KEYS.get(measureNo);
        if (key == null) {
            throw new IllegalArgumentException("measure " + measureNo + " pays nothing");
        }
        // a fact the form requires but an older record lacks: the day of application stands in
        return day == null ? new DecisiveDay(submittedOn, SUBMITTED_ON, key) : new DecisiveDay(day, field, key);
    }

    /** Which field of an application gives the measure's decisive day. */
    public static String fieldOf(int measureNo) {
        return switch (measureNo) {
            case 2 -> HIRED_ON;
            case 6, 10, 12, 13 -> PERIOD_START;
            default -> SUBMITTED_ON;
        };
    }

    /** Whether the day is that of a claimed fact, which cannot lie after the day of application. */
    public boolean ofFact() {
        return !SUBMITTED_ON.equals(field);
    }
}
