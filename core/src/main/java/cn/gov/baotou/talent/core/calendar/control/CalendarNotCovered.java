package cn.gov.baotou.talent.core.calendar.control;

import cn.gov.baotou.talent.core.refusal.InvalidInput;

/** A date in a year whose holiday notice has not been entered: working days there are refused rather than guessed. */
public class CalendarNotCovered extends InvalidInput {

    private final int year;

    public CalendarNotCovered(String field, int year) {
        // the year as text: MessageFormat would print a number as "2,027"
        super(field, "calendar.yearNotCovered", String.valueOf(year));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
