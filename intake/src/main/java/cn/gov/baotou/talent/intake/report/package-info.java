/**
 * The plan in leadership's reports (intake.6, intake.3.1): the retention report's hires in their service period,
 * departures, recoveries and annual evaluations, and the target report's list of "原则上" age exceptions granted.
 * Every figure is aggregated in the database, filtered by the report's period and district; {@code boundary} offers
 * them to reporting through core's {@code ReportSectionSource}, {@code control} lays them out as tables.
 */
package cn.gov.baotou.talent.intake.report;
