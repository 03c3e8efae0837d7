package cn.gov.baotou.talent.core.calendar.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * The answer to "which is the N-th working day after this date", echoing the question; {@code provisional} when the
 * date falls in the year after the last entered holiday notice (预计, counted from the 放假办法 until the notice comes).
 */
@JsonbPropertyOrder({"from", "days", "date", "provisional"})
public record WorkingDayAnswer(LocalDate from, int days, LocalDate date, boolean provisional) {}
