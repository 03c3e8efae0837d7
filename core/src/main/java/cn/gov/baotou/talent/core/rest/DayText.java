package cn.gov.baotou.talent.core.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day as a caller writes it ({@code YYYY-MM-DD}), within the years the platform can mean: 1900–2100. ISO also reads
 * {@code +999999999-12-31}, which was stored and read back as another day, or made a calendar's count overflow into a
 * 500; such a day is refused like a malformed one, so each reader's own message names its field.
 */
public final class DayText {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private DayText() {}

    /** The day, or a {@link DateTimeParseException} for a malformed text or a year outside 1900–2100. */
    public static LocalDate parse(CharSequence text) {
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new DateTimeParseException("a year outside " + FIRST_YEAR + "–" + LAST_YEAR, text, 0);
        }
        return day;
    }
}
