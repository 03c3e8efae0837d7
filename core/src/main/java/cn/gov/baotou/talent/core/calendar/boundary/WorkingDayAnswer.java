package cn.gov.baotou.talent.core.calendar.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** The answer to "which is the N-th working day after this date", echoing the question. */
@JsonbPropertyOrder({"from", "days", "date"})
public record WorkingDayAnswer(LocalDate from, int days, LocalDate date) {}
