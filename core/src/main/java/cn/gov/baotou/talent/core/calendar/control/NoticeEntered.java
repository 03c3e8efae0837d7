package cn.gov.baotou.talent.core.calendar.control;

/**
 * A CDI event: a year's holiday notice was entered or corrected, in the transaction that entered it. Whoever keeps
 * due dates counted on provisional days counts them again on {@code calendar}, in the same transaction.
 */
public record NoticeEntered(int year, WorkingDayCalendar calendar) {}
