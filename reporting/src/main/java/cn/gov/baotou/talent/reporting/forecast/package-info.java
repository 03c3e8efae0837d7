/**
 * 预算测算 (budget forecast): what a draft version of the parameters would cost each finance — 市财政 and each of the
 * 10 districts' finance — against the version in force, for the pipeline of cases and the past years' mean volume,
 * per policy and measure with its clause. Sums every module's {@code BudgetForecastSource} without importing a module;
 * shown to the city office on {@code /reports/forecast.xhtml}, as PDF and by REST.
 */
package cn.gov.baotou.talent.reporting.forecast;
