package cn.gov.baotou.talent.core.report.control;

import cn.gov.baotou.talent.core.parameter.control.Parameters;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A forecast question: the year to forecast, the parameters in force and the draft's parameters (both read on a day
 * of that year), today (what counts as the pipeline), and how many past years make the volume (their yearly mean).
 */
public record ForecastRequest(
        int year, Parameters inForce, Parameters draft, LocalDate today, int pastYears, String districtCode) {

    public ForecastRequest {
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(today, "today");
        if (pastYears < 1) {
            throw new IllegalArgumentException("pastYears must be at least 1");
        }
    }

    /**
     * The last of the past years whose volume is averaged: the year before the forecast year, but never a year that
     * has not ended today (forecasting 2027 on 2026-12-06 averages up to 2025).
     */
    public int lastPastYear() {
        return Math.min(year - 1, today.getYear() - 1);
    }

    public int firstPastYear() {
        return lastPastYear() - pastYears + 1;
    }

    /** Whether a case in {@code district} belongs to the forecast (all of them when no district is asked for). */
    public boolean covers(String district) {
        return districtCode == null || districtCode.equals(district);
    }
}
