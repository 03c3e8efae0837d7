package cn.gov.baotou.talent.rareearth.forecast.control;

import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.report.control.ForecastLine.Basis;
import cn.gov.baotou.talent.rareearth.grant.control.ApplicationFacts;

/**
 * One application as the forecast prices it: its measure, whether it is pending (pipeline) or was granted in one of
 * the past years (volume), its district, the facts it states and the amount a reviewer decided, if any.
 */
public record MeasureCase(int measureNo, Basis basis, String districtCode, ApplicationFacts facts, Yuan decided) {}
