package cn.gov.baotou.talent.intake.report.entity;

/**
 * Full months served from the agreement to the departure, as a JPQL expression, so that departures are summed in
 * the database: the same count as {@code ChronoUnit.MONTHS} (and so the recovery proposal), capped at the service
 * period, which a hire who stays on past its end has fully served.
 */
public final class ServedMonths {

    static final String SIGNED = "h.progress.agreementSignedOn";
    static final String DEPARTED = "h.progress.departedOn";
    static final String UNTIL = "h.progress.serviceUntil";

    private ServedMonths() {}

    /** The served months of the hire aliased {@code h}. */
    static String expression() {
        String served = between(SIGNED, DEPARTED);
        String period = between(SIGNED, UNTIL);
        return "(case when " + served + " > " + period + " then " + period + " else " + served + " end)";
    }

    /** Full months from one date to a later one: a month counts once its day of the month is reached. */
    public static String between(String from, String to) {
        return "((extract(year from " + to + ") - extract(year from " + from + ")) * 12"
                + " + extract(month from " + to + ") - extract(month from " + from + ")"
                + " - (case when extract(day from " + to + ") < extract(day from " + from + ") then 1 else 0 end))";
    }
}
