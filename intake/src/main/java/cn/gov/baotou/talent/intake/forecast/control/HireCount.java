package cn.gov.baotou.talent.intake.forecast.control;

import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;

/**
 * How many hires of one degree in one district the forecast prices: those in the pipeline now, or — for the volume —
 * all those brought in during the past years together (the forecast divides by the number of years).
 */
public record HireCount(Basis basis, Degree degree, String districtCode, long hires) {}
