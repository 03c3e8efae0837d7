package cn.gov.baotou.talent.core.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due date: the day itself, and — when it was counted in working days from a basis — how many, and whether the
 * count ran through a year whose holiday notice was not yet entered (预计, provisional: recounted when it is).
 *
 * @param workingDays null for a date set directly rather than counted
 */
public record Deadline(LocalDate basis, Integer workingDays, LocalDate date, boolean provisional) {

    public Deadline {
        Objects.requireNonNull(date, "date");
    }

    /** A date set as it is: not counted, never provisional. */
    public static Deadline on(LocalDate date) {
        return new Deadline(null, null, date, false);
    }

    /** Whether it was counted in working days and can be counted again. */
    public boolean counted() {
        return basis != null && workingDays != null;
    }
}
