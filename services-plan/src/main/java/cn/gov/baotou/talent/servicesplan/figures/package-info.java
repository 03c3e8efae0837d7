/**
 * Enterprises' revenue (营业收入) and key-project investment (项目投资额) of each year, entered with their evidence by the enterprise and confirmed or returned by its district office; only confirmed figures decide a quota (services-plan.4).
 */
package cn.gov.baotou.talent.servicesplan.figures;
